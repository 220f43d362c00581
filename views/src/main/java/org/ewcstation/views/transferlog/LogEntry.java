package org.ewcstation.views.transferlog;

import java.time.Instant;

/** One line of the transfer log, already rendered in the user's language. */
public record LogEntry(Instant time, Source source, String peer, Level level, String message) {

  /** Where a line comes from. */
  public enum Source { TFTP, SFTP, SYSLOG, SSH, APP }

  /** How much it matters. */
  public enum Level { INFO, WARNING, ERROR }
}
