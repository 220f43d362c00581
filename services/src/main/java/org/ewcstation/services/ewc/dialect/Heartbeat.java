package org.ewcstation.services.ewc.dialect;

import java.time.Duration;
import org.ewcstation.services.ewc.session.StreamWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the stream of a running line into one report per heartbeat: the controller's latest progress line (the echo
 * of the command itself is not progress) and the time since the line was sent, on a monotonic clock.
 */
final class Heartbeat implements StreamWatch {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final String line;
    private final long everyNanos;
    private final ActionWatch watch;
    private final long started = System.nanoTime();
    private long lastBeat = started;
    private String progress = "";

    Heartbeat(String line, Duration every, ActionWatch watch) {
        this.line = line;
        this.everyNanos = every.toNanos();
        this.watch = watch;
    }

    @Override
    public void seen(String lastLine) {
        if (!lastLine.isEmpty() && !lastLine.endsWith(line)) {
            progress = lastLine;
        }
        long now = System.nanoTime();
        if (now - lastBeat >= everyNanos) {
            lastBeat = now;
            try {
                watch.running(line, progress, elapsed());
            } catch (RuntimeException e) {
                // a listener's fault must not stop reading the controller's stream
                LOG.warn("Heartbeat listener failed", e);
            }
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
