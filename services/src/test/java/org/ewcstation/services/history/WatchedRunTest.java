package org.ewcstation.services.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.diagnosis.DiagnosticsEngine;
import org.ewcstation.services.diagnosis.DiagnosticsSettings;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.diagnosis.ServedFiles;
import org.ewcstation.services.history.WatchedRun.ApPoll;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's wrong-path failure watched end to end into a real SQLite file. */
class WatchedRunTest {

    @TempDir
    Path dir;

    @Test
    void diagnosesAreStoredAndHeardAndTheRunReadsBack() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root/EWC/17_12_1"));
        Files.writeString(root.resolve("ap1g6"), "x");
        MutableClock clock = new MutableClock(Instant.parse("2026-02-01T20:50:00Z"));
        List<Diagnosis> ui = new CopyOnWriteArrayList<>();
        try (Store store = Store.open(dir)) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            ApObservation pod = new ApObservation("AP-POD-2-2", "C9117AXI-B", "Initiated", 0, clock.instant());
            WatchedRun run = WatchedRun.start(
                    history,
                    HistoryFixtures.INFO,
                    List.of(new ApPoll(pod, "17.9.4.27", "N/A")),
                    l -> new DiagnosticsEngine(
                            clock,
                            DiagnosticsSettings.defaults(Protocol.TFTP, 69, Set.of("ap1g6"), "/EWC/17_12_1"),
                            ServedFiles.under(dir.resolve("root")),
                            ApImageCatalog.builtIn(),
                            l),
                    ui::add);
            run.onEvent(new TransferEvent.Refused(
                    clock.instant(),
                    Protocol.TFTP,
                    HistoryFixtures.EWC,
                    "/Wrong-Path/ap1g6",
                    TransferEvent.RefusalReason.NOT_FOUND,
                    ""));
            run.onSyslogLine(
                    "*Feb 1 20:52:13.977: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: install_engine: Failed to "
                            + "install_add package tftp://172.16.5.27/Wrong-Path/ap1g6, Error: Failed to download file "
                            + "tftp://172.16.5.27/Wrong-Path/ap1g6: No such file or directory");
            clock.advance(Duration.ofMinutes(1));
            run.onApPoll(List.of(new ApPoll(
                    new ApObservation("AP-POD-2-2", "C9117AXI-B", "Failed", 1, clock.instant()), "17.9.4.27", "")));
            run.finish(RunState.FAILED);

            assertThat(ui)
                    .extracting(Diagnosis::code)
                    .containsExactly(
                            DiagnosisCode.WRONG_PATH, DiagnosisCode.AP_DOWNLOAD_FAILED, DiagnosisCode.RETRIES_RISING);
            RunReport report = history.report(run.runId()).orElseThrow();
            assertThat(report.diagnoses()).isEqualTo(ui);
            assertThat(report.transfers())
                    .singleElement()
                    .extracting(RunReport.TransferRecord::result)
                    .isEqualTo("REFUSED");
            assertThat(report.aps()).singleElement().satisfies(a -> {
                assertThat(a.fromVersion()).isEqualTo("17.9.4.27");
                assertThat(a.lastStatus()).isEqualTo("Failed");
            });
            assertThat(report.diagnoses().getFirst().args()).containsExactly("/Wrong-Path/ap1g6", "/EWC/17_12_1/ap1g6");
        }
    }
}
