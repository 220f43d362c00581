package org.ewcstation.services.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ewcstation.services.upgrade.Aps.downloading;
import static org.ewcstation.services.upgrade.Aps.none;
import static org.ewcstation.services.upgrade.Aps.ready;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.syslog.SyslogListeners;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated suspend (the wall clock jumps, the monotonic clock does not) during a run: the log says how long and
 * what was missed, the controller is polled again, and the rejoin limit is not judged on the time slept. Real
 * workflows registry and SQLite history; the controller is the recording stand-in.
 */
class SleptDuringRunTest {

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T22:00:00Z"));
    final AtomicLong monotonic = new AtomicLong();
    final List<Msg> logged = new CopyOnWriteArrayList<>();

    /** The suspend: the wall clock moves, the monotonic clock only by the few seconds after waking. */
    void sleep(Duration d) {
        clock.advance(d.plusSeconds(5));
        monotonic.addAndGet(Duration.ofSeconds(5).toNanos());
    }

    UpgradeWorkflows workflows(Store store) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        UpgradeWorkflows w = new UpgradeWorkflows(
                new HistoryJournal.Sources(
                        new UpgradeHistory(store, clock),
                        new TransferListeners(),
                        new SyslogListeners(),
                        () -> dir,
                        clock),
                () -> new WorkflowSettings(Duration.ofMinutes(15), true),
                ticker,
                new SleepWatch(clock, monotonic::get, SleepWatch.THRESHOLD));
        ticker.shutdownNow(); // the test ticks by hand
        w.addListener(new WorkflowEvents() {
            @Override
            public void log(String controller, Severity level, Msg message) {
                logged.add(message);
            }
        });
        return w;
    }

    @Test
    void aSuspendDuringThePredownloadIsToldAndTheControllerReadAgain() {
        try (Store store = Store.open(dir)) {
            UpgradeWorkflows all = workflows(store);
            FakeController c = new FakeController();
            UpgradeWorkflow w = all.attach(c, () -> null);
            w.onPoll(List.of(none("AP-1")));
            assertThat(w.save(UpgradeWorkflowTest.plan()).done()).isTrue();
            assertThat(w.start(x -> true).done()).isTrue();
            int polls = c.polls;

            sleep(Duration.ofMinutes(12));
            all.tick();

            assertThat(logged)
                    .contains(Msg.of(
                            "upgrade.log.slept",
                            12L,
                            Msg.of(Stage.PREDOWNLOADING.key()),
                            Msg.of("upgrade.slept.predownload")));
            assertThat(c.polls).isEqualTo(polls + 1);
            all.close();
        }
    }

    @Test
    void aSuspendLongerThanTheRejoinLimitIsJudgedOnTheFreshPollNotOnTheTimeSlept() {
        try (Store store = Store.open(dir)) {
            UpgradeWorkflows all = workflows(store);
            FakeController c = new FakeController();
            UpgradeWorkflow w = all.attach(c, () -> null);
            w.onPoll(List.of(none("AP-1")));
            w.save(UpgradeWorkflowTest.plan());
            w.start(x -> true);
            w.onPoll(List.of(downloading("AP-1", 50)));
            w.onPoll(List.of(ready("AP-1")));
            assertThat(w.activate(x -> true).done()).isTrue();
            w.onControllerAway();
            assertThat(w.stage()).isEqualTo(Stage.REJOINING);

            sleep(Duration.ofMinutes(40)); // past the 15-minute rejoin limit
            all.tick();
            assertThat(w.stage()).isEqualTo(Stage.REJOINING); // not failed on the time slept
            assertThat(logged).anyMatch(m -> m.key().equals("upgrade.log.slept"));

            w.onPoll(List.of(Aps.runningNew("AP-1"))); // the poll asked for: the AP came back while we slept
            assertThat(w.stage()).isEqualTo(Stage.VERIFIED);
            all.close();
        }
    }

    @Test
    void noRunNoLine() {
        try (Store store = Store.open(dir)) {
            UpgradeWorkflows all = workflows(store);
            FakeController c = new FakeController();
            all.attach(c, () -> null);
            sleep(Duration.ofMinutes(30));
            all.tick();
            assertThat(logged).isEmpty();
            assertThat(c.polls).isZero();
            all.close();
        }
    }
}
