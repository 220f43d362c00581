package org.ewcstation.app;

import java.util.Optional;
import org.ewcstation.app.cli.EwcStationCommand;
import org.ewcstation.app.cli.WindowLaunch;
import org.ewcstation.app.gui.GuiLauncher;
import org.ewcstation.app.gui.ToolkitStart;
import org.slf4j.LoggerFactory;

/**
 * The process entry point. It is deliberately not the JavaFX {@code Application}: on the class path,
 * a main class that extends Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Optional<WindowLaunch> window = WindowLaunch.of(args);
        if (window.isPresent()) {
            // The usual start (a double-click): the toolkit starts on its own thread while this one sets logging up
            // and has the store and services started; picocli is not needed (WindowLaunch says why that matters).
            ToolkitStart.begin();
            ConsoleLog.verbose(window.get().verbose());
            try {
                GuiLauncher.launch(window.get().options());
            } catch (RuntimeException e) {
                // what picocli's handler did for a failed command: the cause on the console, exit code 1
                LoggerFactory.getLogger(Launcher.class).error("The window could not start", e);
                System.exit(1);
            }
            return;
        }
        int code = EwcStationCommand.forLaunch(System.getenv(), args).execute(args);
        if (code != EwcStationCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
