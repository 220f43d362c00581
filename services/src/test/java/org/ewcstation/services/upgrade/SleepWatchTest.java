package org.ewcstation.services.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.ewcstation.services.diagnosis.MutableClock;
import org.junit.jupiter.api.Test;

/** A suspend is the wall clock running ahead of the monotonic one; both moving together is just time passing. */
class SleepWatchTest {

    final MutableClock wall = new MutableClock(Instant.parse("2026-12-07T22:00:00Z"));
    final AtomicLong monotonic = new AtomicLong(1_000_000_000L);
    final SleepWatch watch = new SleepWatch(wall, monotonic::get, SleepWatch.THRESHOLD);

    void run(Duration d) {
        wall.advance(d);
        monotonic.addAndGet(d.toNanos());
    }

    @Test
    void timePassingOnBothClocksIsNoSleepHoweverLong() {
        run(Duration.ofSeconds(5));
        assertThat(watch.look()).isEmpty();
        run(Duration.ofMinutes(10)); // a busy JVM that ticked late: both clocks moved
        assertThat(watch.look()).isEmpty();
    }

    @Test
    void aWallClockGapTheMonotonicClockDidNotSeeIsASuspendWithItsTimes() {
        run(Duration.ofSeconds(3));
        wall.advance(Duration.ofMinutes(17)); // suspended: only the wall clock moves
        run(Duration.ofSeconds(2)); // woke, the next tick comes
        SleepWatch.Slept s = watch.look().orElseThrow();
        assertThat(s.length()).isEqualTo(Duration.ofMinutes(17));
        assertThat(s.minutes()).isEqualTo(17);
        assertThat(s.from()).isEqualTo(Instant.parse("2026-12-07T22:00:05Z"));
        assertThat(s.to()).isEqualTo(Instant.parse("2026-12-07T22:17:05Z"));
        run(Duration.ofSeconds(5));
        assertThat(watch.look()).isEmpty(); // said once
    }

    @Test
    void aSmallClockCorrectionIsNotASuspend() {
        wall.advance(Duration.ofSeconds(20));
        run(Duration.ofSeconds(5));
        assertThat(watch.look()).isEmpty();
    }
}
