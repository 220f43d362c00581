package org.ewcstation.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console shows: warnings and errors only, so a command's own output stays readable; {@code --verbose}
 * adds the INFO lines (so does {@code EWC_STATION_CONSOLE_LEVEL=INFO}, which the start-up benches use to read the
 * first-frame line). The log file in the data folder keeps everything either way.
 */
public final class ConsoleLog {

    static final String APPENDER = "console";

    private ConsoleLog() {}

    /** With {@code verbose}, INFO lines too; without, the console keeps LogSetup's threshold (WARN by default). */
    public static void verbose(boolean verbose) {
        if (!verbose || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        Appender<ILoggingEvent> console = ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        if (console == null) {
            return;
        }
        ThresholdFilter f = new ThresholdFilter();
        f.setLevel(Level.INFO.levelStr);
        f.setContext(ctx);
        f.start();
        console.clearAllFilters();
        console.addFilter(f);
    }
}
