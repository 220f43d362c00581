package org.ewcstation.views.transfers;

import java.time.Duration;
import java.time.Instant;
import org.ewcstation.servers.event.Protocol;

/**
 * A transfer as the transfers table shows it, running or finished. {@code result} is null while it runs,
 * else a message key suffix (COMPLETED or a failure reason).
 */
public record TransferRow(
        long id,
        Protocol protocol,
        String peer,
        String file,
        Instant started,
        long bytes,
        long size,
        double bytesPerSecond,
        String result,
        Duration duration) {

    public boolean running() {
        return result == null;
    }

    /** 0..1, or -1 when the size is unknown. */
    public double fraction() {
        if (!running() && "COMPLETED".equals(result)) {
            return 1;
        }
        return size > 0 ? Math.min(1, (double) bytes / size) : -1;
    }

    /** Time left at the current rate, or null when unknown. */
    public Duration eta() {
        if (!running() || size <= 0 || bytesPerSecond <= 0) {
            return null;
        }
        return Duration.ofMillis((long) ((size - bytes) / bytesPerSecond * 1000));
    }
}
