package org.ewcstation.tests.tftp;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ewcstation.testsupport.Peers;

/**
 * Runs a third-party client as a real process. A missing tool skips the test with what to install, or fails it
 * under -Dewcstation.peers=required ({@link Peers}): interop tests never pass without their peer.
 */
final class ExternalTool {

    private ExternalTool() {}

    record Result(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    /** The path of {@code command} (PATH, then sbin); skips or fails as {@link Peers} says when it is missing. */
    static String require(String command, String debianPackage) {
        return Peers.require(debianPackage, command);
    }

    static Process start(Path workDir, List<String> command) throws IOException {
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(
                        workDir.resolve("out-" + System.nanoTime() + ".log").toFile())
                .redirectErrorStream(true)
                .start();
    }

    /** Runs to completion (bounded, so a hung client fails the test instead of hanging the build). */
    static Result run(Path workDir, long timeoutSeconds, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "stdout", ".log");
        Path err = Files.createTempFile(workDir, "stderr", ".log");
        Process p = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command + " did not finish within " + timeoutSeconds + " s");
        }
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1));
    }
}
