package org.ewcstation.services.ewc.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.ops.ApImageAction;
import org.ewcstation.services.ewc.ops.ApImageControl;
import org.ewcstation.services.ewc.ops.ImageDownloadProfiles;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.parse.ApImageTypes;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poller against the simulated EWC: 100 APs, a session dropped mid-poll, a clean stop. */
class PollerSimTest {

    @TempDir
    Path dir;

    static final PollSettings FAST = new PollSettings(
            Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofSeconds(1));

    static final class Recorder implements PollListener {
        final List<ApSnapshot> snapshots = new CopyOnWriteArrayList<>();
        final List<ApChanges> changes = new CopyOnWriteArrayList<>();
        final AtomicInteger connects = new AtomicInteger();
        final List<Msg> lost = new CopyOnWriteArrayList<>();
        final CountDownLatch stopped = new CountDownLatch(1);

        @Override
        public void connected(String controller) {
            connects.incrementAndGet();
        }

        @Override
        public void snapshot(ApSnapshot s, ApChanges c) {
            snapshots.add(s);
            changes.add(c);
        }

        @Override
        public void connectionLost(Msg reason, long retryInMillis) {
            lost.add(reason);
        }

        @Override
        public void stopped(Msg reason) {
            stopped.countDown();
        }
    }

    @Test
    void hundredApsAJoinedTableAndOnlyChangesAfterTheFirstSnapshot() throws Exception {
        try (SimFixture fx = new SimFixture(dir);
                SimulatedEwc ewc = SimFixture.sim().aps(100).start()) {
            Recorder r = new Recorder();
            try (EwcPoller p =
                    new EwcPoller("t", () -> fx.login(ewc), FAST, new ApSnapshotReader(Clock.systemUTC()), r).start()) {
                await().atMost(Duration.ofSeconds(30)).until(() -> r.snapshots.size() >= 2);
                ApSnapshot first = r.snapshots.getFirst();
                assertThat(first.controller()).isEqualTo("WLC-EWC");
                assertThat(first.aps()).hasSize(100);
                assertThat(first.problems()).isEmpty();
                assertThat(first.aps()).allSatisfy(a -> {
                    assertThat(a.model()).isNotNull();
                    assertThat(a.ipAddress()).isNotNull();
                    assertThat(a.primaryImage()).isNotNull();
                });
                assertThat(first.aps())
                        .extracting(ApStatus::name, ApStatus::ethernetMac, ApStatus::radioMac)
                        .containsExactlyInAnyOrderElementsOf(ewc.aps().stream()
                                .map(a -> Tuple.tuple(a.name(), a.ethernetMac(), a.radioMac()))
                                .toList());
                assertThat(first.aps())
                        .filteredOn(a -> a.imageType().equals(ApImageTypes.UNKNOWN))
                        .isEmpty();
                assertThat(first.predownload()).isNotNull();
                assertThat(r.changes.getFirst().added()).hasSize(100);
                assertThat(r.changes.get(1).added()).isEmpty();
                assertThat(r.changes.get(1).changed()).isEmpty();
                assertThat(p.latest()).isNotNull();
                assertThat(ewc.sshSessionCount()).isEqualTo(1); // one session kept open
            }
            assertThat(r.stopped.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(t -> t.getName().startsWith("ssh-poller-t"));
        }
    }

    @Test
    void pollsFastWhileADownloadMovesThoughTheIdleIntervalIsAnHour() throws Exception {
        // the controller waits on an unreachable server, so its APs stay Initiated: a download in progress
        try (SimFixture fx = new SimFixture(dir);
                SimulatedEwc ewc = SimFixture.sim()
                        .aps(3)
                        .fault(Fault.of(Fault.Kind.UNREACHABLE))
                        .transferTimeout(Duration.ofSeconds(30))
                        .start()) {
            try (var s = fx.login(ewc)) {
                new ImageDownloadProfiles().push(s, ProfileRequest.tftp("127.0.0.1", "/img"));
                new ApImageControl(Duration.ofSeconds(20)).run(s, ApImageAction.START_PREDOWNLOAD, false);
            }
            Recorder r = new Recorder();
            PollSettings busyFastIdleSlow = new PollSettings(
                    Duration.ofMillis(100), Duration.ofHours(1), Duration.ofMillis(100), Duration.ofSeconds(1));
            try (EwcPoller p = new EwcPoller(
                            "busy", () -> fx.login(ewc), busyFastIdleSlow, new ApSnapshotReader(Clock.systemUTC()), r)
                    .start()) {
                await().atMost(Duration.ofSeconds(30)).until(() -> r.snapshots.size() >= 4);
                assertThat(r.snapshots).allMatch(ApSnapshot::downloadInProgress);
                assertThat(r.snapshots.getFirst().aps()).anyMatch(a -> a.phase() == PredownloadPhase.INITIATED);
            }
            assertThat(r.stopped.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aSessionDroppedMidPollIsReconnected() throws Exception {
        try (SimFixture fx = new SimFixture(dir);
                SimulatedEwc ewc = SimFixture.sim().start()) {
            Recorder r = new Recorder();
            try (EwcPoller p = new EwcPoller(
                            "drop", () -> fx.login(ewc), FAST, new ApSnapshotReader(Clock.systemUTC()), r)
                    .start()) {
                await().atMost(Duration.ofSeconds(20)).until(() -> r.snapshots.size() >= 1);
                ewc.dropSshSessions();
                await().atMost(Duration.ofSeconds(30)).until(() -> r.connects.get() >= 2);
                int before = r.snapshots.size();
                await().atMost(Duration.ofSeconds(20)).until(() -> r.snapshots.size() > before);
                assertThat(r.lost).isNotEmpty();
                assertThat(r.lost.getFirst().key()).isIn("ewc.error.connectionLost", "ewc.error.timeout");
                assertThat(r.snapshots.getLast().aps()).hasSize(7);
            }
            assertThat(r.stopped.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aWrongPasswordStopsThePollerInsteadOfHammeringTheController() throws Exception {
        try (SimFixture fx = new SimFixture(dir);
                SimulatedEwc ewc = SimFixture.sim().start()) {
            Recorder r = new Recorder();
            var bad = new EwcCredentials("admin", "nope");
            List<Msg> reasons = new CopyOnWriteArrayList<>();
            PollListener l = new PollListener() {
                @Override
                public void stopped(Msg reason) {
                    reasons.add(reason);
                    r.stopped.countDown();
                }
            };
            try (EwcPoller p = new EwcPoller(
                            "bad",
                            () -> fx.connector.connect(SimFixture.endpoint(ewc), bad, TranscriptListener.NONE),
                            FAST,
                            new ApSnapshotReader(Clock.systemUTC()),
                            l)
                    .start()) {
                assertThat(r.stopped.await(20, TimeUnit.SECONDS)).isTrue();
                assertThat(reasons.getFirst().key()).isEqualTo("ewc.error.authFailed");
                assertThat(p.latest()).isNull();
            }
        }
    }
}
