package org.ewcstation.services.ewc.session;

/**
 * Where the CLI is, read from the prompt: {@code host>} user exec, {@code host#} privileged exec,
 * {@code host(config)#} and {@code host(config-...)#} configuration; {@code submode} is what follows
 * {@code config-} (for example {@code wireless-image-download-profile-tftp}).
 */
public record CliMode(Level level, String submode) {

    public enum Level {
        USER_EXEC,
        PRIVILEGED_EXEC,
        CONFIG
    }

    public static final CliMode USER = new CliMode(Level.USER_EXEC, null);
    public static final CliMode PRIVILEGED = new CliMode(Level.PRIVILEGED_EXEC, null);
    public static final CliMode GLOBAL_CONFIG = new CliMode(Level.CONFIG, null);

    public boolean config() {
        return level == Level.CONFIG;
    }

    public boolean privileged() {
        return level != Level.USER_EXEC;
    }
}
