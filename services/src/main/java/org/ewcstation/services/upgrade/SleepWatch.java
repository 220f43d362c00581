package org.ewcstation.services.upgrade;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Notices that this computer was suspended between two looks: the wall clock moved on further than the monotonic
 * clock, which stands still while the computer sleeps (Linux's {@code CLOCK_MONOTONIC}, macOS's
 * {@code mach_absolute_time}). A laptop that slept stopped serving and stopped watching; the runs re-read the
 * controller rather than judge the time they missed.
 */
public final class SleepWatch {

    /** Below this, a gap is the clock being corrected (NTP slews), not a suspend. */
    public static final Duration THRESHOLD = Duration.ofSeconds(30);

    private final Clock wall;
    private final LongSupplier monotonicNanos;
    private final Duration threshold;
    private Instant lastWall;
    private long lastMonotonic;

    /** A suspend noticed: the wall-clock times it began and ended (as near as the looks tell). */
    public record Slept(Instant from, Instant to) {

        public Duration length() {
            return Duration.between(from, to);
        }

        /** Whole minutes, at least one (a suspend under a minute is still worth a line). */
        public long minutes() {
            return Math.max(1, (length().toSeconds() + 59) / 60);
        }
    }

    public SleepWatch(Clock wall, LongSupplier monotonicNanos, Duration threshold) {
        this.wall = wall;
        this.monotonicNanos = monotonicNanos;
        this.threshold = threshold;
        this.lastWall = wall.instant();
        this.lastMonotonic = monotonicNanos.getAsLong();
    }

    public static SleepWatch system() {
        return new SleepWatch(Clock.systemUTC(), System::nanoTime, THRESHOLD);
    }

    /** Call every few seconds: a suspend since the last look, if the clocks say so. */
    public synchronized Optional<Slept> look() {
        Instant nowWall = wall.instant();
        long nowMonotonic = monotonicNanos.getAsLong();
        Duration wallGap = Duration.between(lastWall, nowWall);
        Duration running = Duration.ofNanos(nowMonotonic - lastMonotonic);
        Duration missing = wallGap.minus(running);
        Instant before = lastWall.plus(running);
        lastWall = nowWall;
        lastMonotonic = nowMonotonic;
        if (missing.compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Slept(before, nowWall));
    }
}
