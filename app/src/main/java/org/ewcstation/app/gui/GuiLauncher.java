package org.ewcstation.app.gui;

import java.io.IOException;
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
        AppContext context = AppContext.start(options);
        DemoMode demo = null;
        if (options.demo()) {
            try {
                demo = DemoMode.start(context, 12, 8L * 1024 * 1024, 1024L * 1024);
            } catch (IOException | RuntimeException e) {
                LOG.error("Demo mode could not start", e);
            }
        }
        DemoMode started = demo;
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            try {
                MainWindow window = new MainWindow(context);
                if (FirstFrameProbe.enabled()) {
                    FirstFrameProbe.watch(window.stage());
                }
                window.show();
                if (started != null) {
                    window.model().controllers().connectForThisSession(demoEntry(started.controller()));
                }
            } catch (RuntimeException e) {
                LOG.error("The main window could not open", e);
                context.close();
                Platform.exit();
            }
        });
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(context::close));
    }
}
