package org.ewcstation.services.ewc.session;

import java.time.Duration;

/**
 * Time limits of a CLI session. {@code scale} stretches all of them (slow lab boxes, loaded CI machines).
 */
public record SessionSettings(
        Duration connectTimeout,
        Duration authTimeout,
        Duration commandTimeout,
        Duration longCommandTimeout,
        String preferredAuths) {

    /** IOS-XE offers password and keyboard-interactive; we have no key to offer. */
    public static final String PASSWORD_FIRST = "password,keyboard-interactive";

    public static final SessionSettings DEFAULTS = new SessionSettings(
            Duration.ofSeconds(10),
            Duration.ofSeconds(15),
            Duration.ofSeconds(20),
            Duration.ofSeconds(90),
            PASSWORD_FIRST);

    public SessionSettings scaled(double scale) {
        return new SessionSettings(
                s(connectTimeout, scale),
                s(authTimeout, scale),
                s(commandTimeout, scale),
                s(longCommandTimeout, scale),
                preferredAuths);
    }

    public SessionSettings withCommandTimeout(Duration d) {
        return new SessionSettings(connectTimeout, authTimeout, d, longCommandTimeout, preferredAuths);
    }

    public SessionSettings withPreferredAuths(String auths) {
        return new SessionSettings(connectTimeout, authTimeout, commandTimeout, longCommandTimeout, auths);
    }

    private static Duration s(Duration d, double scale) {
        return Duration.ofMillis(Math.round(d.toMillis() * scale));
    }
}
