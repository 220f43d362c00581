package org.ewcstation.services.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real separate JVM writes a run into a real SQLite file and is killed with destroyForcibly (SIGKILL) mid-run;
 * the file is then reopened the way the app does at start-up.
 */
class KilledRunTest {

    @TempDir
    Path dir;

    @Test
    void aKilledProcessKeepsItsHistoryAndTheRunIsMarkedInterruptedThenResumable() throws Exception {
        Process child = startChild();
        try {
            // the child's last write is the second diagnosis; wait for it through our own connection
            await().atMost(60, TimeUnit.SECONDS)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !child.isAlive() || count("SELECT count(*) FROM diagnosis") == 2);
            assertThat(child.isAlive())
                    .as("child died early, see %s", dir.resolve("child.log"))
                    .isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (Store store = Store.open(dir)) {
            UpgradeHistory history = new UpgradeHistory(store, Clock.systemUTC());
            assertThat(history.runs())
                    .singleElement()
                    .extracting(RunSummary::state)
                    .isEqualTo(RunState.RUNNING);
            List<RunSummary> interrupted = history.markInterrupted();
            assertThat(interrupted).singleElement().satisfies(r -> {
                assertThat(r.state()).isEqualTo(RunState.INTERRUPTED);
                assertThat(r.controller()).isEqualTo(HistoryFixtures.INFO.controller());
                assertThat(r.endedAt()).isEmpty();
            });
            long id = interrupted.getFirst().id();
            RunReport report = history.report(id).orElseThrow();
            assertThat(report.statusChanges()).hasSize(3);
            assertThat(report.transfers())
                    .extracting(RunReport.TransferRecord::result)
                    .containsExactly("COMPLETED", "REFUSED");
            assertThat(report.diagnoses())
                    .extracting(d -> d.code())
                    .containsExactly(DiagnosisCode.IMAGE_TYPE_MISSING, DiagnosisCode.RETRIES_RISING);
            assertThat(report.diagnoses().getLast().args()).containsExactly("9105-emorenoa", 2);
            assertThat(report.marks()).extracting(RunReport.RunMark::kind).containsExactly("interrupted");
            assertThat(history.markInterrupted()).as("only once").isEmpty();

            RunRecorder resumed = history.resume(id);
            assertThat(history.run(id).orElseThrow().state()).isEqualTo(RunState.RUNNING);
            // the same state as before the kill is not stored twice; a new one is
            resumed.apStatus(
                    new ApObservation("AP-POD-2-2", "C9120AXI-B", "Predownloading", 0, Instant.now()), "17.12.1.5");
            resumed.apStatus(new ApObservation("AP-POD-2-2", "C9120AXI-B", "Complete", 0, Instant.now()), "17.12.1.5");
            resumed.finish(RunState.COMPLETED);
            RunReport after = history.report(id).orElseThrow();
            assertThat(after.statusChanges()).hasSize(4);
            assertThat(after.run().state()).isEqualTo(RunState.COMPLETED);
            assertThat(after.run().endedAt()).isPresent();
            assertThat(after.marks())
                    .extracting(RunReport.RunMark::kind)
                    .containsExactly("interrupted", "resumed", "finished");
        }
    }

    @Test
    void aKillInTheMiddleOfContinuousWritesLeavesAConsistentFile() throws Exception {
        Process child = startChild("loop");
        try {
            await().atMost(60, TimeUnit.SECONDS)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !child.isAlive() || count("SELECT count(*) FROM ap_status_change") >= 300);
            assertThat(child.isAlive())
                    .as("child died early, see %s", dir.resolve("child.log"))
                    .isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long seenBeforeKill = 300;
        try (Store store = Store.open(dir)) {
            String check = store.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(check).isEqualTo("ok");
            UpgradeHistory history = new UpgradeHistory(store, Clock.systemUTC());
            RunSummary run = history.markInterrupted().getFirst();
            RunReport report = history.report(run.id()).orElseThrow();
            assertThat((long) report.statusChanges().size()).isGreaterThanOrEqualTo(seenBeforeKill);
            // rows are whole and none is missing: the loop's retry counts are exactly 0..n-1
            List<Integer> counts = report.statusChanges().stream()
                    .filter(s -> s.status().equals("Downloading") || s.retryCount() > 0)
                    .filter(s -> s.ap().equals("AP-POD-2-2"))
                    .map(RunReport.StatusChange::retryCount)
                    .sorted()
                    .toList();
            assertThat(counts).hasSizeGreaterThanOrEqualTo(298);
            for (int i = 0; i < counts.size(); i++) {
                assertThat(counts.get(i)).isEqualTo(i);
            }
        }
    }

    private Process startChild(String... extra) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                HistoryWriterMain.class.getName(),
                dir.toString()));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    private long count(String sql) {
        Path file = dir.resolve(Store.FILE_NAME);
        if (!file.toFile().exists()) {
            return -1;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (Exception notYet) {
            return -1; // table not migrated yet
        }
    }
}
