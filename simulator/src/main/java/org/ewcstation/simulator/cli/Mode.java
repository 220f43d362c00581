package org.ewcstation.simulator.cli;

/** IOS-XE command modes, with the prompt suffix each one shows after the hostname. */
public enum Mode {
    USER_EXEC(">", null),
    PRIV_EXEC("#", null),
    CONFIG("(config)#", PRIV_EXEC),
    PROFILE("(config-wireless-image-download-profile)#", CONFIG),
    PROFILE_TFTP("(config-wireless-image-download-profile-tftp)#", PROFILE),
    PROFILE_SFTP("(config-wireless-image-download-profile-sftp)#", PROFILE);

    private final String suffix;
    private final Mode parent;

    Mode(String suffix, Mode parent) {
        this.suffix = suffix;
        this.parent = parent;
    }

    public String prompt(String hostname) {
        return hostname + suffix;
    }

    /** The mode {@code exit} returns to; null for the exec modes (exit ends the session). */
    public Mode parent() {
        return parent;
    }

    public boolean isConfig() {
        return parent != null;
    }
}
