package org.ewcstation.services.ewc.dialect;

import java.time.Duration;

/**
 * How long an action may run on the controller before we stop waiting for its end, and how often its progress is
 * reported meanwhile. The install engine blocks for minutes while the controller fetches its own image (about 300 MB)
 * and the APs' (Cisco's own automation allows 900 s for {@code install add}); stopping to wait never stops it.
 *
 * @param limit how long one line may run before the wait ends with a time-out (the action goes on)
 * @param heartbeat how often the last progress line and the elapsed time are reported
 */
public record ActionLimits(Duration limit, Duration heartbeat) {

    public static final ActionLimits DEFAULTS = new ActionLimits(Duration.ofMinutes(20), Duration.ofSeconds(15));

    public ActionLimits {
        if (limit.isNegative() || limit.isZero() || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("limits are positive: " + limit + ", " + heartbeat);
        }
    }
}
