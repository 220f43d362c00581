package org.ewcstation.services.power;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.ewcstation.i18n.Msg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sleep inhibition held by a child process for as long as it runs (logind's {@code systemd-inhibit}, macOS's
 * {@code caffeinate}). Its input stays an open pipe from us: closing it, or our death, ends the child.
 */
public final class ProcessInhibitor implements SleepInhibitor {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessInhibitor.class);
    /** A child refused by the OS (no logind, no bus) ends at once; one still alive after this holds the lock. */
    static final Duration SETTLE = Duration.ofMillis(500);

    private final String name;
    private final Function<String, List<String>> command;
    private final Duration settle;
    private Process child;

    /** {@code command}: the command line for a given reason text. */
    public ProcessInhibitor(String name, Function<String, List<String>> command, Duration settle) {
        this.name = name;
        this.command = command;
        this.settle = settle;
    }

    public static ProcessInhibitor logind(String executable) {
        return new ProcessInhibitor("logind", why -> InhibitCommands.logind(executable, why), SETTLE);
    }

    public static ProcessInhibitor caffeinate(String executable) {
        long pid = ProcessHandle.current().pid();
        return new ProcessInhibitor("caffeinate", why -> InhibitCommands.caffeinate(executable, pid), SETTLE);
    }

    @Override
    public Optional<Msg> hold(String why) {
        if (child != null && child.isAlive()) {
            return Optional.empty();
        }
        List<String> line = command.apply(why);
        Process p;
        try {
            p = new ProcessBuilder(line).redirectErrorStream(true).start();
        } catch (IOException e) {
            return Optional.of(Msg.of("power.error.missing", line.getFirst()));
        }
        try {
            if (p.waitFor(settle.toMillis(), TimeUnit.MILLISECONDS)) {
                String said = firstLine(p.getInputStream());
                LOG.warn("{} ended at once with {}: {}", line.getFirst(), p.exitValue(), said);
                return Optional.of(Msg.of("power.error.refused", line.getFirst(), p.exitValue(), said));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            return Optional.of(Msg.of("power.error.refused", line.getFirst(), -1, ""));
        }
        child = p;
        LOG.info("Holding a sleep inhibition through {} (pid {})", line.getFirst(), p.pid());
        return Optional.empty();
    }

    @Override
    public void release() {
        Process p = child;
        child = null;
        if (p == null) {
            return;
        }
        try {
            p.getOutputStream().close(); // cat ends at the end of its input, and with it the inhibitor
        } catch (IOException e) {
            // already closed: destroy below
        }
        p.destroy();
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        LOG.info("Released the sleep inhibition (pid {})", p.pid());
    }

    /** The child holding the inhibition now, for the tests and the log. */
    Optional<ProcessHandle> holder() {
        Process p = child;
        return p == null ? Optional.empty() : Optional.of(p.toHandle());
    }

    @Override
    public String name() {
        return name;
    }

    /** What the refused child said, one line, control characters removed (it is shown in the log). */
    private static String firstLine(InputStream in) {
        try (in) {
            String all = new String(in.readNBytes(2000), StandardCharsets.UTF_8).strip();
            String first = all.lines().findFirst().orElse("");
            return first.replaceAll("\\p{Cntrl}", "?");
        } catch (IOException e) {
            return "";
        }
    }
}
