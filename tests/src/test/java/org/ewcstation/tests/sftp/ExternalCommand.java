package org.ewcstation.tests.sftp;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ewcstation.testsupport.Peers;

/**
 * Runs a real third-party client (OpenSSH, curl, logger) and collects its exit code and output. A
 * missing tool skips the test with the package to install, or fails it under -Dewcstation.peers=required
 * ({@link Peers}); it never passes without it. A process that outlives its
 * timeout is killed (by its own handle, nothing else).
 */
public final class ExternalCommand {

    /** What the process said and how it ended. */
    public record Result(int exit, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    private ExternalCommand() {}

    public static void require(String tool, String debianPackage) {
        Peers.require(debianPackage, tool);
    }

    public static Result run(Duration timeout, Map<String, String> env, String stdin, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(command.get(0) + " did not finish within " + timeout + "; stderr so far: " + err.getNow(""));
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    /** Each stream on its own thread: the common pool has one worker on a 2-core machine. */
    private static CompletableFuture<String> drain(InputStream s) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().name("process-drain").start(() -> {
            try (s) {
                text.complete(new String(s.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete("");
            }
        });
        return text;
    }
}
