package org.ewcstation.services.upgrade;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.ewc.model.VersionInfo;

/**
 * Confirms the controller really reloaded after its activation: its session dropped after the progress, and
 * {@code show version}'s uptime ({@code ewc uptime is 4 minutes}) is shorter than the time since the activation was
 * sent. A controller that never left is not taken for one that came back. An uptime we cannot read confirms nothing
 * and refutes nothing (the rejoin and the release check still stand).
 */
final class ReloadCheck {

    /** A reload's own duration and clock differences: an uptime this much longer still counts. */
    static final Duration SLACK = Duration.ofMinutes(2);

    private static final Pattern PART =
            Pattern.compile("(\\d+)\\s+(year|week|day|hour|minute|second)s?", Pattern.CASE_INSENSITIVE);

    private final UpgradeWorkflow w;
    private Instant sent;

    ReloadCheck(UpgradeWorkflow w) {
        this.w = w;
    }

    void sent() {
        sent = w.clock().instant();
    }

    /** Null when the reload is confirmed (or cannot be judged); otherwise the diagnosis that it did not happen. */
    Diagnosis confirm(VersionInfo v) {
        if (sent == null) {
            return null;
        }
        Optional<Duration> up = uptime(v.uptime());
        Duration since = Duration.between(sent, w.clock().instant());
        if (up.isEmpty() || up.get().compareTo(since.plus(SLACK)) <= 0) {
            return null;
        }
        return Diagnosis.of(
                DiagnosisCode.RELOAD_NOT_SEEN, w.clock().instant(), "reload", v.uptime(), since.toMinutes());
    }

    /** {@code 1 week, 2 days, 3 hours, 4 minutes} as a duration; empty when no part is readable. */
    static Optional<Duration> uptime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PART.matcher(text);
        Duration d = Duration.ZERO;
        boolean any = false;
        while (m.find()) {
            any = true;
            long n = Long.parseLong(m.group(1));
            d = d.plus(
                    switch (m.group(2).toLowerCase(Locale.ROOT)) {
                        case "year" -> Duration.ofDays(365 * n);
                        case "week" -> Duration.ofDays(7 * n);
                        case "day" -> Duration.ofDays(n);
                        case "hour" -> Duration.ofHours(n);
                        case "minute" -> Duration.ofMinutes(n);
                        default -> Duration.ofSeconds(n);
                    });
        }
        return any ? Optional.of(d) : Optional.empty();
    }
}
