package org.ewcstation.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the rolling log file once the data folder is known (it depends on the command line, which is
 * parsed after logging starts, so LogSetup cannot name it).
 */
final class LogFiles {

    private static final String APPENDER = "data-dir-file";

    private LogFiles() {}

    static void attach(Path logDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        var root = ctx.getLogger(Logger.ROOT_LOGGER_NAME); // logback's Logger (the slf4j one is imported)
        String target = logDir.resolve("ewc-station.log").toString();
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> existing) {
            if (target.equals(existing.getFile())) {
                return;
            }
            // Another data folder in the same process (tests, or a second context): the log follows the data.
            root.detachAppender(existing);
            existing.stop();
        }
        var encoder = SafeLogPattern.encoder(ctx, "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName(APPENDER);
        file.setFile(target);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(
                logDir.resolve("ewc-station.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        root.addAppender(file);
    }
}
