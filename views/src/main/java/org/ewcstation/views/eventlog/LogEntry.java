package org.ewcstation.views.eventlog;

import java.time.Instant;
import org.ewcstation.i18n.Msg;

/**
 * One line of the transfer log. The message is a code with arguments, rendered when shown, so the log
 * follows a language switch; raw device text (syslog, SSH transcript) travels as {@code log.raw}.
 */
public record LogEntry(Instant time, Source source, String peer, Level level, Msg message) {

    /** Where a line comes from. */
    public enum Source {
        TFTP,
        SFTP,
        SYSLOG,
        SSH,
        APP
    }

    /** How much it matters, in increasing order. */
    public enum Level {
        INFO,
        WARNING,
        ERROR
    }

    /** A line of device text, shown as it came. */
    public static LogEntry raw(Instant time, Source source, String peer, Level level, String text) {
        return new LogEntry(time, source, peer, level, Msg.of("log.raw", text));
    }
}
