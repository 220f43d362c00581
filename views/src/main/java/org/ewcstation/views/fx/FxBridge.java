package org.ewcstation.views.fx;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that hops onto the FX thread. Busy sources are sampled: {@link #sample} reads a plain-Java
 * snapshot on a timer and hands it to the FX thread, at most once per period, and skips a tick while the
 * previous one is still queued, so a flood never piles up work on the FX thread.
 */
public final class FxBridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxBridge.class);

    private final ScheduledExecutorService timer;

    public FxBridge() {
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("fx-sampler").factory());
    }

    /** Runs {@code action} on the FX thread (now, if already there). */
    public void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Runs {@code action} on the FX thread after the current event and pulse, even when called on it: for work that
     * must see what the other listeners of the same change did (a table's skin takes a new row in after us).
     */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }

    /**
     * Every {@code periodMillis}, takes {@code snapshot} off the FX thread and delivers it to {@code apply} on it.
     * Close the returned handle when the screen goes away.
     */
    public <T> AutoCloseable sample(long periodMillis, Supplier<T> snapshot, Consumer<T> apply) {
        Objects.requireNonNull(snapshot);
        var inFlight = new AtomicBoolean();
        ScheduledFuture<?> f = timer.scheduleAtFixedRate(
                () -> {
                    if (!inFlight.compareAndSet(false, true)) {
                        return;
                    }
                    T value;
                    try {
                        value = snapshot.get();
                    } catch (RuntimeException e) {
                        // a scheduled task that throws is never run again: one bad snapshot would freeze the screen
                        LOG.warn("A screen's snapshot failed; the next tick tries again", e);
                        inFlight.set(false);
                        return;
                    }
                    Platform.runLater(() -> {
                        try {
                            apply.accept(value);
                        } catch (RuntimeException e) {
                            LOG.warn("A screen could not show its snapshot; the next tick tries again", e);
                        } finally {
                            inFlight.set(false);
                        }
                    });
                },
                periodMillis,
                periodMillis,
                TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
