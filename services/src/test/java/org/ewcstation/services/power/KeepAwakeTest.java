package org.ewcstation.services.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.upgrade.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the computer is kept awake, and that the OS is always asked from the one keep-awake thread. */
class KeepAwakeTest {

    static final InetSocketAddress AP = new InetSocketAddress("127.0.0.1", 40000);
    static final String C = "192.0.2.10:22";

    final RecordingInhibitor os = new RecordingInhibitor();
    final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("keep-awake").factory());
    final List<Msg> notices = new CopyOnWriteArrayList<>();
    final List<KeepAwakeState> states = new CopyOnWriteArrayList<>();

    KeepAwake keepAwake(Duration linger, boolean enabled) {
        KeepAwake k = new KeepAwake(os, thread, "why", linger, enabled);
        k.addListener(new KeepAwakeListener() {
            @Override
            public void changed(KeepAwakeState s) {
                states.add(s);
            }

            @Override
            public void notice(Severity level, Msg m) {
                notices.add(m);
            }
        });
        return k;
    }

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    static TransferEvent started(long id) {
        return new TransferEvent.Started(id, Instant.now(), Protocol.TFTP, AP, "ap1g7", 100, Map.of());
    }

    static TransferEvent completed(long id) {
        return new TransferEvent.Completed(id, Instant.now(), Protocol.TFTP, AP, "ap1g7", 100, Duration.ZERO, 0);
    }

    @Test
    void aTransferHoldsUntilTheLastOneEndsThenReleases() {
        KeepAwake k = keepAwake(Duration.ZERO, true);
        k.onEvent(started(1));
        k.onEvent(started(2));
        await().until(() -> os.held);
        k.onEvent(completed(1));
        await().until(() -> k.state().transfers() == 1);
        assertThat(os.held).isTrue();
        k.onEvent(completed(2));
        await().until(() -> !os.held);
        assertThat(os.calls).containsExactly("hold why", "release");
        assertThat(os.threads).allMatch(t -> t.getName().equals("keep-awake"));
        assertThat(states)
                .anyMatch(s -> s.held() && s.status().orElseThrow().equals(Msg.of("power.status.transfers", 2)));
    }

    @Test
    void aRunHoldsFromItsStartToItsEndWhateverTheTransfers() {
        KeepAwake k = keepAwake(Duration.ZERO, true);
        k.stageChanged(C, Stage.PROFILE_SAVED, Stage.PREDOWNLOADING);
        await().until(() -> os.held);
        k.onEvent(started(7));
        k.onEvent(completed(7));
        k.stageChanged(C, Stage.PREDOWNLOADED, Stage.ACTIVATING);
        k.stageChanged(C, Stage.ACTIVATING, Stage.REJOINING);
        await().until(() -> k.state().transfers() == 0);
        assertThat(k.state().status()).contains(Msg.of("power.status.run", C));
        k.stageChanged(C, Stage.REJOINING, Stage.VERIFIED);
        await().until(() -> !os.held);
        assertThat(os.calls).containsExactly("hold why", "release");
        assertThat(k.state().status()).isEmpty();
    }

    @Test
    void afterTheLastTransferTheHoldLingersSoTheNextApDoesNotStartItAgain() {
        KeepAwake k = keepAwake(Duration.ofMillis(300), true);
        k.onEvent(started(1));
        await().until(() -> os.held);
        k.onEvent(completed(1));
        k.onEvent(started(2));
        k.onEvent(completed(2));
        await().atMost(Duration.ofSeconds(5)).until(() -> !os.held);
        assertThat(os.calls).containsExactly("hold why", "release");
    }

    @Test
    void turnedOffReleasesAtOnceAndSaysSoWhileWorkGoesOn() {
        KeepAwake k = keepAwake(Duration.ofHours(1), true);
        k.onEvent(started(1));
        await().until(() -> os.held);
        k.setEnabled(false);
        await().until(() -> !os.held);
        assertThat(k.state().status()).contains(Msg.of("power.status.off"));
        k.setEnabled(true);
        await().until(() -> os.held);
    }

    @Test
    void whenTheOsRefusesTheLogSaysSoOnceAndTheStatusBarSaysWhy() {
        os.refuse = Msg.of("power.error.missing", "systemd-inhibit");
        KeepAwake k = keepAwake(Duration.ZERO, true);
        k.onEvent(started(1));
        k.onEvent(started(2));
        await().until(() -> k.state().status().isPresent());
        k.onEvent(completed(1)); // the same stretch of work: not asked again
        await().until(() -> k.state().transfers() == 1);
        k.onEvent(completed(2));
        await().until(() -> k.state().transfers() == 0);
        k.onEvent(started(3)); // new work: asked again, but not said again
        await().until(() -> os.calls.size() == 2);
        await().until(() -> k.state().status().isPresent());
        assertThat(notices).containsExactly(Msg.of("power.log.failed", os.refuse));
        assertThat(k.state().status()).contains(Msg.of("power.status.failed", os.refuse));
    }

    @Test
    void quittingReleasesTheHold() {
        KeepAwake k = keepAwake(Duration.ofHours(1), true);
        k.stageChanged(C, Stage.PROFILE_SAVED, Stage.PREDOWNLOADING);
        await().until(() -> os.held);
        k.close();
        assertThat(os.held).isFalse();
        assertThat(os.threads).allMatch(t -> t.getName().equals("keep-awake"));
    }
}
