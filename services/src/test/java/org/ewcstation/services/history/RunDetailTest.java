package org.ewcstation.services.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.history.RunDetail.ApResult;
import org.ewcstation.services.history.TimelineEntry.Kind;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run view's data from a run stored in a real SQLite file: per-AP results and one merged timeline. */
class RunDetailTest {

    @TempDir
    Path dir;

    final Instant t0 = Instant.parse("2026-02-01T20:29:00Z");
    /** Starts the run at t0 - 5 s; later moved on so the run closes after its events. */
    final MovingClock clock = new MovingClock(t0.minusSeconds(5));

    static final class MovingClock extends Clock {
        volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    RunDetail stored(boolean interruptAndResume) {
        try (Store store = Store.open(dir)) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            RunRecorder r = history.start(HistoryFixtures.INFO);
            HistoryFixtures.writeSome(r, t0);
            r.apStatus(new ApObservation("AP-POD-2-2", "C9120AXI-B", "Complete", 0, t0.plusSeconds(95)), "17.12.1.5");
            if (interruptAndResume) {
                // what a crash leaves: RUNNING with a dead owner; simulated by marking it directly
                store.withConnection(c -> c.createStatement().executeUpdate("UPDATE upgrade_run SET owner_pid = -1"));
                clock.now = t0.plusSeconds(120);
                history.markInterrupted();
                return RunDetail.of(history.report(r.runId()).orElseThrow());
            }
            clock.now = t0.plusSeconds(120);
            r.finish(RunState.FAILED);
            return RunDetail.of(history.report(r.runId()).orElseThrow());
        }
    }

    @Test
    void eachApHasItsOutcomeAndHowLongItTook() {
        RunDetail d = stored(false);
        ApResult pod = d.aps().stream()
                .filter(a -> a.name().equals("AP-POD-2-2"))
                .findFirst()
                .orElseThrow();
        assertThat(pod.outcome()).isEqualTo(ApOutcome.DOWNLOADED);
        assertThat(pod.fromVersion()).isEqualTo("17.9.4.27");
        assertThat(pod.toVersion()).isEqualTo("17.12.1.5");
        // the run started at the clock's instant (t0 - 5 s); the AP reported Complete at t0 + 95 s
        assertThat(pod.took()).contains(Duration.ofSeconds(100));
        assertThat(d.aps())
                .filteredOn(a -> a.outcome() != ApOutcome.DOWNLOADED)
                .allSatisfy(a -> assertThat(a.took()).isEmpty());
        ApResult failed = d.aps().stream()
                .filter(a -> a.name().equals("9105-emorenoa"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.outcome()).isEqualTo(ApOutcome.FAILED);
        assertThat(failed.retries()).isEqualTo(2);
        assertThat(d.count(ApOutcome.DOWNLOADED)).isEqualTo(1);
        assertThat(d.count(ApOutcome.FAILED)).isEqualTo(1);
        assertThat(d.resumable()).isFalse();
    }

    @Test
    void theTimelineMergesEverythingInTimeOrder() {
        RunDetail d = stored(false);
        List<TimelineEntry> t = d.timeline();
        assertThat(t.getFirst().what().key()).isEqualTo("history.timeline.started");
        assertThat(t.subList(1, t.size())).isSortedAccordingTo(Comparator.comparing(TimelineEntry::at));
        assertThat(t).extracting(TimelineEntry::kind).contains(Kind.RUN, Kind.STATUS, Kind.TRANSFER, Kind.DIAGNOSIS);
        // 4 stored status changes (the unchanged poll is not stored), 2 transfers, 2 diagnoses, start + finished
        assertThat(t).filteredOn(e -> e.kind() == Kind.STATUS).hasSize(4);
        assertThat(t).filteredOn(e -> e.kind() == Kind.TRANSFER).hasSize(2);
        assertThat(t)
                .filteredOn(e -> e.kind() == Kind.DIAGNOSIS)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.todo()).isPresent());
        assertThat(t.getLast().what().key()).isEqualTo("history.timeline.finished");
        assertThat(t.getLast().severity()).isEqualTo(Severity.ERROR);

        Messages en = new Messages(Language.ENGLISH);
        Messages ja = new Messages(Language.JAPANESE);
        for (TimelineEntry e : t) {
            assertThat(en.text(e.what())).doesNotContain("!", "Msg[", "{");
            assertThat(ja.text(e.what())).doesNotContain("!", "Msg[", "{");
        }
        TimelineEntry refused = t.stream()
                .filter(e -> e.what().key().equals("history.timeline.transfer.refused"))
                .findFirst()
                .orElseThrow();
        assertThat(en.text(refused.what())).contains("/EWC/17_12_1/ap1g8", "file not found");
        assertThat(refused.subject()).isEqualTo("172.16.4.26:50123");
        assertThat(en.text(t.getLast().what())).isEqualTo("Run closed: Failed");
    }

    @Test
    void anApFilterKeepsItsStatusesAndTheDiagnosesThatNameIt() {
        RunDetail d = stored(false);
        List<TimelineEntry> mine =
                d.timeline().stream().filter(e -> e.concerns("9105-emorenoa")).toList();
        assertThat(mine)
                .extracting(TimelineEntry::kind)
                .containsExactlyInAnyOrder(Kind.STATUS, Kind.DIAGNOSIS, Kind.DIAGNOSIS);
        assertThat(d.timeline().stream().filter(e -> e.concerns("AP-POD-2-2")))
                .extracting(TimelineEntry::kind)
                .containsOnly(Kind.STATUS);
    }

    @Test
    void anInterruptedRunIsResumableAndSaysWhatToDo() {
        RunDetail d = stored(true);
        assertThat(d.resumable()).isTrue();
        assertThat(d.run().endedAt()).isEmpty();
        TimelineEntry mark = d.timeline().stream()
                .filter(e -> e.what().key().equals("report.mark.interrupted"))
                .findFirst()
                .orElseThrow();
        assertThat(mark.severity()).isEqualTo(Severity.WARNING);
        assertThat(mark.todo()).isPresent();
        assertThat(d.elapsed(t0.plusSeconds(900))).isEqualTo(Duration.ofSeconds(905));
    }

    @Test
    void anActivationAfterTheRunIsMarkedOnTheControllersNewestRun() {
        try (Store store = Store.open(dir)) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            RunRecorder older = history.start(HistoryFixtures.INFO);
            older.finish(RunState.COMPLETED);
            RunRecorder newer = history.start(HistoryFixtures.INFO);
            newer.finish(RunState.COMPLETED);
            history.start(new RunInfo("other:22", "", "EWC/x", "", Protocol.TFTP, "192.0.2.5"));
            assertThat(history.latestFor(HistoryFixtures.INFO.controller()))
                    .map(RunSummary::id)
                    .contains(newer.runId());
            assertThat(history.latestFor("nobody:22")).isEmpty();
            RunRecorder refused = history.start(HistoryFixtures.INFO);
            refused.finish(RunState.ABORTED);
            assertThat(history.latestFor(HistoryFixtures.INFO.controller(), EnumSet.of(RunState.COMPLETED)))
                    .map(RunSummary::id)
                    .contains(newer.runId());

            clock.now = t0.plusSeconds(3600);
            history.mark(newer.runId(), "activated");
            RunDetail d = RunDetail.of(history.report(newer.runId()).orElseThrow());
            assertThat(d.timeline().getLast().what().key()).isEqualTo("report.mark.activated");
            assertThat(new Messages(Language.JAPANESE)
                            .text(d.timeline().getLast().what()))
                    .contains("アクティブ化");
            assertThat(history.report(older.runId()).orElseThrow().marks())
                    .extracting(RunReport.RunMark::kind)
                    .containsExactly("finished");
        }
    }

    @Test
    void outcomesFollowTheControllersWords() {
        assertThat(ApOutcome.of("Complete")).isEqualTo(ApOutcome.DOWNLOADED);
        assertThat(ApOutcome.of("Predownloading")).isEqualTo(ApOutcome.PENDING);
        assertThat(ApOutcome.of("Failed")).isEqualTo(ApOutcome.FAILED);
        assertThat(ApOutcome.of("Aborted")).isEqualTo(ApOutcome.FAILED);
        assertThat(ApOutcome.of("")).isEqualTo(ApOutcome.PENDING);
    }
}
