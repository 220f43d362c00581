package org.ewcstation.services.ewc.poll;

import java.time.Duration;

/**
 * Poll fast while a download moves, slowly when idle; reconnect with exponential backoff between
 * {@code backoffMin} and {@code backoffMax}.
 */
public record PollSettings(Duration busyInterval, Duration idleInterval, Duration backoffMin, Duration backoffMax) {

    public static final PollSettings DEFAULTS = new PollSettings(
            Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(30));
}
