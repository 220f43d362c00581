package org.ewcstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** Real logback contexts, configured as the app's start configures them; the console captured from System.err. */
class LogSetupTest {

    @Test
    void logbackFindsItThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LogSetup.class);
    }

    @Test
    void theConsoleShowsWarningsOnlyAndTheRootKeepsInfo() {
        LoggerContext ctx = configured(Map.of());
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(ctx.getLogger("org.apache.sshd").getLevel()).isEqualTo(Level.WARN);
        assertThat(ctx.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);

        String console = consoleOf(ctx, log -> {
            log.info("an info line");
            log.warn("a warning with 東京");
        });
        assertThat(console).contains("WARN", "a warning with 東京").doesNotContain("an info line");
    }

    /** Apache SSHD's "exceptionCaught ... Pipe closed" at WARN is no line for a technician; its errors still are. */
    @Test
    void theLibrariesWarningsStayOffTheConsole() {
        LoggerContext ctx = configured(Map.of());
        String console = consoleOf(ctx, "org.apache.sshd.common.session.helpers.AbstractSession", log -> {
            log.warn("exceptionCaught Pipe closed");
            log.error("a library error");
        });
        assertThat(console).contains("a library error").doesNotContain("Pipe closed");
        assertThat(consoleOf(ctx, "org.apache.pdfbox.pdmodel.font.PDType1Font", log -> log.warn("Using fallback")))
                .isEmpty();
    }

    @Test
    void theTwoLevelsFollowTheirSettingsAndIgnoreNonsense() {
        LoggerContext ctx = configured(Map.of(LogSetup.CONSOLE_LEVEL, "info", LogSetup.ROOT_LEVEL, " DEBUG "));
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);
        assertThat(consoleOf(ctx, log -> log.info("first frame"))).contains("first frame");

        LoggerContext odd = configured(Map.of(LogSetup.CONSOLE_LEVEL, "loud", LogSetup.ROOT_LEVEL, ""));
        assertThat(odd.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(consoleOf(odd, log -> log.info("quiet"))).isEmpty();
    }

    private static LoggerContext configured(Map<String, String> settings) {
        LoggerContext ctx = new LoggerContext();
        ctx.setMDCAdapter(new LogbackMDCAdapter()); // what slf4j's provider gives the process's own context
        LogSetup setup = new LogSetup(settings::get);
        setup.setContext(ctx);
        assertThat(setup.configure(ctx)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ConsoleLog.APPENDER))
                .isNotNull();
        return ctx;
    }

    /** The console appender writes to whatever System.err is when it writes; swapped here for the one call. */
    private static String consoleOf(LoggerContext ctx, Consumer<Logger> logs) {
        return consoleOf(ctx, "org.ewcstation.test", logs);
    }

    private static String consoleOf(LoggerContext ctx, String logger, Consumer<Logger> logs) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            logs.accept(ctx.getLogger(logger));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
