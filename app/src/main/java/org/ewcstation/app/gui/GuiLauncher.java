package org.ewcstation.app.gui;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.views.ewc.ControllerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the toolkit without an {@code Application} subclass, so the composition root can hand the
 * window its dependencies by constructor rather than through a static field.
 */
public final class GuiLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);

    private GuiLauncher() {}

    public static ControllerEntry demoEntry(DemoMode.Controller c) {
        return new ControllerEntry(
                c.host(),
                c.port(),
                c.user(),
                c.password().toCharArray(),
                c.enableSecret().toCharArray());
    }

    public static void launch(GlobalOptions options) {
        // The toolkit (GTK, fonts, the render thread) starts while another thread opens the store and builds the
        // rest of the context: each takes a few hundred milliseconds of a cold start and neither needs the other.
        // A failure of either is reported here, on the caller's thread, as before; the other half is undone.
        CompletableFuture<Started> starting = new CompletableFuture<>();
        Thread.ofPlatform().name("context-start").start(() -> {
            try {
                starting.complete(startContext(options));
            } catch (Throwable e) {
                starting.completeExceptionally(e);
            }
        });
        Runnable whenBothAreUp =
                () -> starting.thenAccept(GuiLauncher::showWindow).exceptionally(e -> {
                    Platform.exit();
                    return null;
                });
        try {
            if (ToolkitStart.await()) {
                Platform.runLater(whenBothAreUp);
            } else {
                Platform.setImplicitExit(true);
                Platform.startup(whenBothAreUp);
            }
        } catch (RuntimeException toolkitFailed) {
            starting.thenAccept(s -> s.context().close());
            throw toolkitFailed;
        }
        Started started = join(starting);
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(started.context()::close));
    }

    private record Started(AppContext context, DemoMode demo) {}

    private static Started startContext(GlobalOptions options) {
        AppContext context = AppContext.start(options);
        DemoMode demo = null;
        if (options.demo()) {
            try {
                demo = DemoMode.start(context, 12, 8L * 1024 * 1024, 1024L * 1024);
            } catch (IOException | RuntimeException e) {
                LOG.error("Demo mode could not start", e);
            }
        }
        return new Started(context, demo);
    }

    /** On the FX thread, once both halves are up (thenAccept runs it on the thread that finished last). */
    private static void showWindow(Started started) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> showWindow(started));
            return;
        }
        try {
            MainWindow window = new MainWindow(started.context());
            if (FirstFrameProbe.enabled()) {
                FirstFrameProbe.watch(window.stage());
            }
            window.show();
            if (started.demo() != null) {
                window.model()
                        .controllers()
                        .connectForThisSession(demoEntry(started.demo().controller()));
            }
        } catch (RuntimeException e) {
            LOG.error("The main window could not open", e);
            started.context().close();
            Platform.exit();
        }
    }

    /** Waits for {@code f} and throws what its task threw, as if it had run on the caller's thread. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
