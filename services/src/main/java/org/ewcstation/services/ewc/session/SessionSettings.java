package org.ewcstation.services.ewc.session;

import java.time.Duration;

/**
 * Time limits of a CLI session. {@code scale} stretches all of them (slow lab boxes, loaded CI machines).
 */
public record SessionSettings(Duration connectTimeout, Duration authTimeout, Duration commandTimeout,
    Duration longCommandTimeout) {

  public static final SessionSettings DEFAULTS =
      new SessionSettings(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(20), Duration.ofSeconds(90));

  public SessionSettings scaled(double scale) {
    return new SessionSettings(s(connectTimeout, scale), s(authTimeout, scale), s(commandTimeout, scale),
        s(longCommandTimeout, scale));
  }

  public SessionSettings withCommandTimeout(Duration d) {
    return new SessionSettings(connectTimeout, authTimeout, d, longCommandTimeout);
  }

  private static Duration s(Duration d, double scale) {
    return Duration.ofMillis(Math.round(d.toMillis() * scale));
  }
}
