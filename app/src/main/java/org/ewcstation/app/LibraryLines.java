package org.ewcstation.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the libraries' warnings off the console: a command's output is read by a technician or a script, and a
 * line such as Apache SSHD's {@code exceptionCaught ... Pipe closed} or PDFBox's font fallback says nothing they can
 * act on. Our own warnings and any library's error still show; the log file keeps every line. {@code --verbose}
 * replaces this filter ({@link ConsoleLog}).
 */
final class LibraryLines extends Filter<ILoggingEvent> {

    static final String OURS = "org.ewcstation";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (event.getLoggerName().startsWith(OURS) || event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            return FilterReply.NEUTRAL;
        }
        return FilterReply.DENY;
    }
}
