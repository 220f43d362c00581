package org.ewcstation.services.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.diagnosis.DiagnosisListener;
import org.ewcstation.services.diagnosis.DiagnosticsEngine;
import org.ewcstation.services.diagnosis.DiagnosticsSettings;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.diagnosis.ServedFiles;
import org.ewcstation.services.history.WatchedRun.ApPoll;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.store.Store;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** What a run achieved, told apart, and only what happened after its own start counted in it. */
class RunOutcomeTest {

    static final String OLD = "17.9.4.27";
    static final String NEW = "17.12.1.5";
    static final List<String> APS = List.of("AP-1", "AP-2", "AP-3");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));

    WatchedRun start(UpgradeHistory history, String status, String predownloaded) {
        return WatchedRun.start(history, HistoryFixtures.INFO, poll(status, OLD, predownloaded), this::engine, d -> {});
    }

    DiagnosticsEngine engine(DiagnosisListener l) {
        return new DiagnosticsEngine(
                clock,
                DiagnosticsSettings.defaults(Protocol.TFTP, 69, Set.of(), "/EWC/17_12_1"),
                ServedFiles.under(dir),
                ApImageCatalog.builtIn(),
                l);
    }

    List<ApPoll> poll(String status, String primary, String predownloaded) {
        clock.advance(Duration.ofSeconds(10));
        return APS.stream()
                .map(n -> new ApPoll(
                        new ApObservation(n, "C9120AXI-B", status, 0, clock.instant()), primary, predownloaded))
                .toList();
    }

    @Test
    void aVerifiedRunAfterAFailedOneListsNoneOfTheOldFailures() {
        try (Store store = Store.open(dir.resolve("store"))) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            WatchedRun failed = start(history, "None", "N/A");
            failed.onApPoll(poll("Predownloading", OLD, NEW));
            failed.onApPoll(poll("Failed", OLD, NEW));
            failed.finish(RunState.FAILED);

            // the next run's first polls still read the last run's "Failed" before the controller starts again
            WatchedRun run = start(history, "Failed", NEW);
            run.onApPoll(poll("Failed", OLD, NEW));
            run.onApPoll(poll("Predownloading", OLD, NEW));
            run.onApPoll(poll("Complete", OLD, NEW));
            run.mark("activating");
            run.onApPoll(poll("Complete", NEW, "N/A"));
            run.controllerAfter("17.12.1");
            run.mark("verified");
            run.finish(RunState.COMPLETED);

            RunReport first = history.report(failed.runId()).orElseThrow();
            assertThat(first.run().outcome()).isEqualTo(RunOutcome.FAILED);
            assertThat(first.diagnoses()).extracting(d -> d.code()).contains(DiagnosisCode.AP_DOWNLOAD_FAILED);

            RunReport r = history.report(run.runId()).orElseThrow();
            assertThat(r.run().outcome()).isEqualTo(RunOutcome.VERIFIED);
            assertThat(r.run().state()).isEqualTo(RunState.COMPLETED);
            assertThat(r.diagnoses()).isEmpty();
            assertThat(r.statusChanges())
                    .extracting(RunReport.StatusChange::status)
                    .doesNotContain("Failed");
            assertThat(r.aps()).hasSize(3).allSatisfy(a -> {
                assertThat(a.fromVersion()).isEqualTo(OLD);
                assertThat(a.afterVersion()).isEqualTo(NEW);
            });
            assertThat(r.run().controllerVersionAfter()).isEqualTo("17.12.1");
            String html = new RunReportHtml(new Messages(Language.ENGLISH), ZoneOffset.UTC, clock).render(r);
            assertThat(html).contains("No problem was found.").doesNotContain("class=\"error\"");
        }
    }

    @Test
    void aPreDownloadOnlyRunReadsPreDownloadedAndNamesTheVersionTheApsFetched() {
        try (Store store = Store.open(dir.resolve("store"))) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            RunInfo unknownBundle = new RunInfo("192.0.2.10:22", OLD, "/EWC/17_12_1", "", Protocol.TFTP, "192.0.2.5");
            WatchedRun run = WatchedRun.start(history, unknownBundle, poll("None", OLD, "N/A"), this::engine, d -> {});
            run.servedBy(true);
            run.onApPoll(poll("Complete", OLD, NEW));
            run.finish(RunState.COMPLETED);
            RunSummary s = history.run(run.runId()).orElseThrow();
            assertThat(s.outcome()).isEqualTo(RunOutcome.PREDOWNLOADED);
            assertThat(s.bundleVersion()).isEqualTo(NEW);
            assertThat(s.existingServer()).isTrue();
        }
    }

    @Test
    void runsRecordedBeforeOutcomesWereKeptReadBackFromTheirMarks() throws Exception {
        Path data = Files.createDirectories(dir.resolve("old"));
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + data.resolve(Store.FILE_NAME));
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .target("6")
                .load()
                .migrate();
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            for (int id = 1; id <= 3; id++) {
                st.executeUpdate("INSERT INTO upgrade_run(id, controller, bundle_path, mode, server, started_at, "
                        + "ended_at, state) VALUES(" + id + ", 'c', '/EWC', 'TFTP', 's', '2026-01-01T00:00:00Z', "
                        + "'2026-01-01T00:30:00Z', '" + (id == 3 ? "ABORTED" : "COMPLETED") + "')");
            }
            st.executeUpdate("INSERT INTO run_event(run_id, at, kind) VALUES(1, '2026-01-01T00:29:00Z', 'verified')");
        }
        try (Store store = Store.open(data)) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            assertThat(history.run(1).orElseThrow().outcome()).isEqualTo(RunOutcome.VERIFIED);
            assertThat(history.run(2).orElseThrow().outcome()).isEqualTo(RunOutcome.PREDOWNLOADED);
            assertThat(history.run(3).orElseThrow().outcome()).isEqualTo(RunOutcome.ABORTED);
        }
    }
}
