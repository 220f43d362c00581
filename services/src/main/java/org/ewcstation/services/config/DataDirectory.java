package org.ewcstation.services.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where per-user data lives (SQLite file, host key, logs, image repository), by each OS's convention,
 * unless the user or a test says otherwise with {@code --data-dir} or {@code EWC_STATION_DATA_DIR}.
 */
public final class DataDirectory {

    public static final String ENV_VAR = "EWC_STATION_DATA_DIR";
    static final String APP_FOLDER = "EWC Station";
    static final String APP_FOLDER_UNIX = "ewc-station";

    private DataDirectory() {}

    /** The folder for this process: the explicit option first, then the environment, then the OS default. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank()
                            ? Path.of(appData)
                            : home.resolve("AppData").resolve("Roaming"))
                    .resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve(APP_FOLDER_UNIX);
    }
}
