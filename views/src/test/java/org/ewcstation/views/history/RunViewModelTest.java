package org.ewcstation.views.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.history.ApOutcome;
import org.ewcstation.services.history.ReportDetails;
import org.ewcstation.services.history.RunInfo;
import org.ewcstation.services.history.RunRecorder;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.TimelineEntry;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.services.store.Store;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.RecordingDialogs;
import org.ewcstation.views.fx.UiExecutors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run view and resuming, over a real SQLite history; background and FX work run in the caller for the test. */
class RunViewModelTest {

    @TempDir
    Path dir;

    final Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    Store store;
    UpgradeHistory history;
    RunRecorder run;
    final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void storeARun() {
        store = Store.open(dir);
        history = new UpgradeHistory(store, Clock.fixed(t0, ZoneOffset.UTC));
        run = history.start(
                new RunInfo("127.0.0.1:2222", "17.9.4.27", "EWC/17_12_1", "17.12.1.5", Protocol.TFTP, "127.0.0.1"));
        run.ap("AP-1", "C9120AXI-B", "17.9.4.27");
        run.ap("AP-2", "C9105AXI-B", "17.9.4.27");
        run.apStatus(new ApObservation("AP-1", "C9120AXI-B", "Predownloading", 0, t0.plusSeconds(2)), "17.12.1.5");
        run.apStatus(new ApObservation("AP-2", "C9105AXI-B", "Failed", 3, t0.plusSeconds(4)), "");
        run.onDiagnosis(Diagnosis.of(DiagnosisCode.RETRIES_RISING, t0.plusSeconds(5), "retries:AP-2:3", "AP-2", 3));
    }

    @AfterEach
    void close() {
        store.close();
    }

    HistoryViewModel historyModel() {
        return new HistoryViewModel(
                history, UiExecutors.sameThread(), dialogs, new Localization(Language.ENGLISH), RunResumer.NONE);
    }

    @Test
    void readsTheRunAndFiltersItsTimeline() {
        RunViewModel m = historyModel().open(run.runId());
        assertThat(m.detailProperty().get().run().state()).isEqualTo(RunState.RUNNING);
        assertThat(m.aps())
                .extracting(a -> a.name() + "=" + a.outcome())
                .containsExactly("AP-1=PENDING", "AP-2=FAILED");
        int all = m.visibleTimeline().size();
        assertThat(all).isEqualTo(4); // start, two statuses, one diagnosis

        m.problemsOnlyProperty().set(true);
        assertThat(m.visibleTimeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.STATUS, TimelineEntry.Kind.DIAGNOSIS);
        m.problemsOnlyProperty().set(false);
        m.apFilterProperty().set("AP-1");
        assertThat(m.visibleTimeline())
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.subject()).isEqualTo("AP-1"));
        m.apFilterProperty().set(null);
        assertThat(m.visibleTimeline()).hasSize(all);
    }

    @Test
    void anOpenViewFollowsTheWatchedRunAndAClosedOneDoesNot() {
        HistoryViewModel h = historyModel();
        RunViewModel m = h.open(run.runId());
        m.apFilterProperty().set("AP-1");
        run.apStatus(new ApObservation("AP-1", "C9120AXI-B", "Complete", 0, t0.plusSeconds(60)), "17.12.1.5");
        h.runChanged(run.runId());
        assertThat(m.aps())
                .extracting(a -> a.name() + "=" + a.outcome())
                .containsExactly("AP-1=DOWNLOADED", "AP-2=FAILED");
        assertThat(m.apFilterProperty().get())
                .as("the AP filter survives a live reload")
                .isEqualTo("AP-1");
        assertThat(m.detailProperty().get().count(ApOutcome.DOWNLOADED)).isEqualTo(1);

        h.close(m);
        run.finish(RunState.FAILED);
        h.runStateChanged(run.runId());
        assertThat(m.detailProperty().get().run().state())
                .as("closed: no more reads")
                .isEqualTo(RunState.RUNNING);
        assertThat(h.runs()).extracting(RunSummary::state).containsExactly(RunState.FAILED);
    }

    @Test
    void theReportHeadCarriesWhatTheTechnicianEnteredAndACancelWritesNothing() throws Exception {
        HistoryViewModel h = historyModel();
        h.refresh();
        dialogs.saveFile = dir.resolve("report.html");
        dialogs.details = null;
        h.export(null);
        assertThat(dialogs.saveFile).as("details dialog cancelled").doesNotExist();

        dialogs.details = new ReportDetails(" Osaka <HQ> ", "ACME", "T. Tanaka");
        h.export(null);
        assertThat(Files.readString(dialogs.saveFile))
                .contains("<th>Site</th><td>Osaka &lt;HQ&gt;</td>", "<th>Customer</th><td>ACME</td>")
                .contains("<th>Technician</th><td>T. Tanaka</td>");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRunMissingFromTheHistorySaysSo() {
        RunViewModel m = historyModel().open(9999);
        assertThat(m.detailProperty().get()).isNull();
        assertThat(m.problemProperty().get()).isEqualTo(Msg.of("history.run.missing", 9999L));
    }

    @Test
    void onlyAnInterruptedRunResumesAndTheResumersReasonIsShown() {
        List<RunSummary> asked = new ArrayList<>();
        boolean[] connected = {false};
        HistoryViewModel h = new HistoryViewModel(
                history, UiExecutors.sameThread(), dialogs, new Localization(Language.ENGLISH), r -> {
                    asked.add(r);
                    if (!connected[0]) {
                        return Optional.of(Msg.of("history.resume.notConnected", r.controller(), r.id()));
                    }
                    history.resume(r.id());
                    return Optional.empty();
                });
        h.refresh();
        RunSummary running = h.runs().getFirst();
        assertThat(h.resume(running)).isFalse();
        assertThat(asked).isEmpty();
        assertThat(dialogs.errors.getLast().key()).isEqualTo("history.resume.notInterrupted");

        // what a crash leaves: RUNNING with a dead owner
        store.withConnection(c -> c.createStatement().executeUpdate("UPDATE upgrade_run SET owner_pid = -1"));
        assertThat(history.markInterrupted()).hasSize(1);
        h.refresh();
        RunSummary interrupted = h.runs().getFirst();
        assertThat(interrupted.state()).isEqualTo(RunState.INTERRUPTED);
        assertThat(h.resume(interrupted)).isFalse();
        assertThat(dialogs.errors.getLast())
                .isEqualTo(Msg.of("history.resume.notConnected", "127.0.0.1:2222", run.runId()));

        connected[0] = true;
        assertThat(h.resume(interrupted)).isTrue();
        assertThat(dialogs.notified.getLast().key()).isEqualTo("history.resumed");
        assertThat(h.runs().getFirst().state()).isEqualTo(RunState.RUNNING);
    }
}
