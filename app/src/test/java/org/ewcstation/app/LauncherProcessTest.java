package org.ewcstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point in its own JVM (headless toolkit), as a launcher starts it: a window-only command line (read
 * without picocli, the toolkit started early on its own thread) reaches the first frame and exits cleanly; a wrong
 * value on such a line goes to picocli, which ends the process with its usage error and exit code 2.
 */
class LauncherProcessTest {

    @TempDir
    Path data;

    @Test
    void aWindowOnlyLaunchReachesItsFirstFrameAndExits() throws Exception {
        Result r = run("--data-dir", data.toString());
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).containsPattern("First window shown \\d+ ms after JVM start");
        assertThat(data.resolve("ewc-station.db")).exists();
    }

    @Test
    void aWrongValueIsPicoclisUsageError() throws Exception {
        Result r = run("--data-dir", data.toString(), "--lang", "jp");
        assertThat(r.code()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("jp").doesNotContain("First window shown");
    }

    private record Result(int code, String output) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless",
                "-D" + "ewcstation.exitAfterFirstFrame=true",
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(LogSetup.CONSOLE_LEVEL, "INFO");
        pb.environment().put("LANG", "en_US.UTF-8");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes(); // ends when the process closes its side: exit or kill
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(
                    "the launcher did not end in 2 minutes:\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
