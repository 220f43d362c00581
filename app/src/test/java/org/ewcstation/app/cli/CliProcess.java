package org.ewcstation.app.cli;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The command line as a user runs it: a separate JVM (so {@code --password-env} reads a real environment variable
 * and no terminal is attached), with its own output files so several can run at once.
 */
final class CliProcess {

    record Run(int code, String out, String err) {}

    private final Path dir;
    private int n;

    CliProcess(Path dir) {
        this.dir = dir;
    }

    Process start(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.ewcstation.app.Launcher"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        int k;
        synchronized (this) {
            k = ++n;
        }
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("out" + k + ".txt").toFile())
                .redirectError(dir.resolve("err" + k + ".txt").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        outputs.put(p, k);
        return p;
    }

    private final Map<Process, Integer> outputs = new ConcurrentHashMap<>();

    Run finish(Process p, long seconds) throws IOException, InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            String threads = threadDump(p);
            p.destroyForcibly();
            throw new AssertionError("CLI did not finish in " + seconds + " s: " + read(p, "out") + read(p, "err")
                    + System.lineSeparator() + "Its threads:" + System.lineSeparator() + threads);
        }
        return new Run(p.exitValue(), read(p, "out"), read(p, "err"));
    }

    Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return finish(start(env, args), 180);
    }

    /** Where a command line that does not end is stuck: its threads, from the JDK's own jcmd. */
    private String threadDump(Process p) throws IOException, InterruptedException {
        Path dump = dir.resolve("threads" + outputs.get(p) + ".txt");
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(p.pid()),
                        "Thread.print")
                .redirectErrorStream(true)
                .redirectOutput(dump.toFile())
                .start();
        if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
        }
        return Files.readString(dump);
    }

    private String read(Process p, String what) throws IOException {
        return Files.readString(dir.resolve(what + outputs.get(p) + ".txt"));
    }

    /** A free UDP port on loopback (for a TFTP server the test starts). */
    static int freeUdpPort() throws IOException {
        try (var probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
