package org.ewcstation.services.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child process that holds the inhibition: a stand-in {@code systemd-inhibit} script that records its arguments
 * and its pid runs everywhere (POSIX shell); the real one is asked where logind runs.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in is a POSIX shell script; Windows uses kernel32")
class ProcessInhibitorTest {

    @TempDir
    Path dir;

    /** Records its arguments and pid, then runs the command after the options, as systemd-inhibit does. */
    Path fakeInhibit(String body) throws IOException {
        Path script = dir.resolve("systemd-inhibit");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    static final String RECORDING = """
            d="$(dirname "$0")"
            printf '%s\\n' "$@" > "$d/args.tmp" && mv "$d/args.tmp" "$d/args"
            echo $$ > "$d/pid"
            while [ $# -gt 0 ]; do case "$1" in --*) shift;; *) break;; esac; done
            exec "$@"
            """;

    @Test
    void theChildHoldsWhileHeldAndEndsOnRelease() throws IOException {
        ProcessInhibitor p = ProcessInhibitor.logind(fakeInhibit(RECORDING).toString());
        assertThat(p.hold("Serving images")).isEmpty();
        await().until(() -> Files.exists(dir.resolve("args")) && Files.exists(dir.resolve("pid")));
        assertThat(Files.readAllLines(dir.resolve("args")))
                .containsExactly(
                        "--what=sleep:idle", "--who=EWC Station", "--why=Serving images", "--mode=block", "cat");
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        assertThat(ProcessHandle.of(pid)).map(ProcessHandle::isAlive).contains(true);
        assertThat(p.holder()).map(ProcessHandle::pid).contains(pid);

        p.release();

        await().until(() -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        assertThat(p.holder()).isEmpty();
    }

    @Test
    void aChildThatEndsAtOnceIsARefusalThatSaysWhatItSaid() throws IOException {
        ProcessInhibitor p = ProcessInhibitor.logind(
                fakeInhibit("echo 'Failed to connect to bus: No such file or directory' >&2\nexit 1\n")
                        .toString());
        Optional<Msg> problem = p.hold("why");
        assertThat(problem).isPresent();
        assertThat(problem.get().key()).isEqualTo("power.error.refused");
        assertThat(problem.get().args().get(1)).isEqualTo(1);
        assertThat(problem.get().args().get(2)).isEqualTo("Failed to connect to bus: No such file or directory");
        p.release(); // nothing held: nothing happens
    }

    @Test
    void aMissingCommandSaysItWasNotFound() {
        ProcessInhibitor p =
                ProcessInhibitor.logind(dir.resolve("no-such-inhibit").toString());
        assertThat(p.hold("why")).map(Msg::key).contains("power.error.missing");
    }

    /** logind runs when systemd is the init system ({@code sd_booted()}'s own test). */
    static boolean logindRuns() {
        return Files.isDirectory(Path.of("/run/systemd/system"));
    }

    @Test
    void logindListsOurInhibitorWhileHeldAndNotAfter() throws Exception {
        assumeTrue(
                logindRuns(),
                "skipped: logind does not run on this machine (no /run/systemd/system; e.g. a container without"
                        + " systemd), so there is no real inhibitor to ask; the stand-in tests above cover the process");
        ProcessInhibitor p = new ProcessInhibitor(
                "logind", why -> InhibitCommands.logind("systemd-inhibit", why), Duration.ofSeconds(1));
        assertThat(p.hold("EWC Station test")).isEmpty();
        try {
            await().until(() -> list().contains("EWC Station test"));
        } finally {
            p.release();
        }
        await().until(() -> !list().contains("EWC Station test"));
    }

    static String list() throws IOException, InterruptedException {
        Process l = new ProcessBuilder(List.of("systemd-inhibit", "--list", "--no-pager"))
                .redirectErrorStream(true)
                .start();
        String out = new String(l.getInputStream().readAllBytes());
        l.waitFor();
        return out;
    }

    /** The real {@code systemd-inhibit} on a machine without logind (a container): refused at once, with its words. */
    @Test
    void theRealSystemdInhibitWithoutLogindIsARefusal() {
        assumeTrue(
                !logindRuns() && onPath("systemd-inhibit"),
                "skipped: needs systemd-inhibit installed where logind does not run (the refusal path);"
                        + " where logind runs, logindListsOurInhibitorWhileHeldAndNotAfter asks it instead");
        ProcessInhibitor p = ProcessInhibitor.logind("systemd-inhibit");
        Optional<Msg> problem = p.hold("EWC Station test");
        assertThat(problem).map(Msg::key).contains("power.error.refused");
        assertThat(p.holder()).isEmpty();
    }

    static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
