package org.ewcstation.app.gui;

import javafx.application.Platform;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.cli.GlobalOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the toolkit without an {@code Application} subclass, so the composition root can hand the
 * window its dependencies by constructor rather than through a static field.
 */
public final class GuiLauncher {

  private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);

  private GuiLauncher() {}

  public static void launch(GlobalOptions options) {
    AppContext context = AppContext.start(options);
    Platform.setImplicitExit(true);
    Platform.startup(() -> {
      try {
        MainWindow window = new MainWindow(context);
        if (FirstFrameProbe.enabled()) {
          FirstFrameProbe.watch(window.stage());
        }
        window.show();
      } catch (RuntimeException e) {
        LOG.error("The main window could not open", e);
        context.close();
        Platform.exit();
      }
    });
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(context::close));
  }
}
