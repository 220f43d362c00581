package org.ewcstation.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;

/**
 * Logging as the process starts, found by logback through {@code META-INF/services}: the console shows our warnings
 * and errors and the libraries' errors only ({@link ConsoleLog} adds INFO with {@code --verbose}); the rolling file in the data folder, added once
 * the folder is known ({@link LogFiles}), keeps every INFO line. In code rather than a {@code logback.xml}: reading
 * the XML (SAX, logback's model and its interpreter) took about 90 ms of the main thread on every start of the
 * app-image, before the window's services could begin (class-load log and flight recording, 2026-12-04).
 *
 * <p>{@code EWC_STATION_CONSOLE_LEVEL} and {@code EWC_STATION_LOG_LEVEL} (system property first, then environment)
 * change the two levels; the start-up benches read the first-frame INFO line through the first.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String CONSOLE_LEVEL = "EWC_STATION_CONSOLE_LEVEL";
    static final String ROOT_LEVEL = "EWC_STATION_LOG_LEVEL";

    private final UnaryOperator<String> settings;

    /** The one logback's ServiceLoader calls. */
    public LogSetup() {
        this(name -> {
            String p = System.getProperty(name);
            return p != null ? p : System.getenv(name);
        });
    }

    LogSetup(UnaryOperator<String> settings) {
        this.settings = settings;
    }

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        var encoder = SafeLogPattern.encoder(ctx, "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");

        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setContext(ctx);
        threshold.setLevel(level(CONSOLE_LEVEL, Level.WARN).levelStr);
        threshold.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(ctx);
        console.setName(ConsoleLog.APPENDER);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(threshold);
        LibraryLines library = new LibraryLines();
        library.setContext(ctx);
        library.start();
        console.addFilter(library);
        console.start();

        // chatty libraries: their INFO lines are protocol detail a technician never needs in the log
        ctx.getLogger("org.apache.sshd").setLevel(Level.WARN);
        ctx.getLogger("org.flywaydb").setLevel(Level.WARN);
        var root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level(ROOT_LEVEL, Level.INFO));
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private Level level(String name, Level fallback) {
        String v = settings.apply(name);
        return v == null || v.isBlank() ? fallback : Level.toLevel(v.trim(), fallback);
    }
}
