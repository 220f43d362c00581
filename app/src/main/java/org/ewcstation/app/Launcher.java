package org.ewcstation.app;

import org.ewcstation.app.cli.EwcStationCommand;

/**
 * The process entry point. It is deliberately not the JavaFX {@code Application}: on the class path,
 * a main class that extends Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        int code = EwcStationCommand.forLaunch(System.getenv(), args).execute(args);
        if (code != EwcStationCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
