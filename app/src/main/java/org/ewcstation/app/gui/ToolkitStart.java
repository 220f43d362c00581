package org.ewcstation.app.gui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit (GTK or the OS's window system, fonts, the render thread) on its own thread as the process
 * begins, when the command line can only open the window: setting logging up and starting the store and services
 * come first on the other threads, and the toolkit needs neither (it used to begin only after them and after picocli,
 * at 0.55 s of a cold start). {@link GuiLauncher} then waits for it instead of starting it. No logger here: touching one would set logging up on this thread first.
 */
public final class ToolkitStart {

    private static volatile CompletableFuture<Void> early;

    private ToolkitStart() {}

    /** Begins the start; a second call does nothing. A failure (no display) is reported by {@link #await()}. */
    public static synchronized void begin() {
        if (early != null) {
            return;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        early = started;
        // Not a daemon: the toolkit's own threads inherit it, and a daemon FX thread would let the JVM end with main.
        Thread.ofPlatform().name("toolkit-start").start(() -> {
            try {
                Platform.setImplicitExit(true);
                Platform.startup(() -> started.complete(null));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        });
    }

    /**
     * True when the toolkit was begun early and is now running; false when nobody began it (the caller starts it).
     * Throws what the start threw (as {@code Platform.startup} would have on the caller's thread).
     */
    static boolean await() {
        CompletableFuture<Void> started = early;
        if (started == null) {
            return false;
        }
        GuiLauncher.join(started);
        return true;
    }
}
