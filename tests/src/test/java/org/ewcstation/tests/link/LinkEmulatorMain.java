package org.ewcstation.tests.link;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The link emulator as a process, for the benchmark scripts:
 *
 * <pre>
 * java -cp tests/target/test-classes org.ewcstation.tests.link.LinkEmulatorMain \
 *     --server 127.0.0.1:6969 [--listen 0] [--rtt-ms 2] [--jitter-ms 0] [--loss 0.01] [--duplicate 0] \
 *     [--reorder 0] [--seed 1] [--max-seconds 600] [--max-packets 10000000]
 * </pre>
 *
 * Prints {@code link 127.0.0.1:PORT} once it listens, and the counters of both directions when it
 * stops: by its limits, or on SIGTERM.
 */
public final class LinkEmulatorMain {

    private LinkEmulatorMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        String[] server = o.getOrDefault("server", "127.0.0.1:69").split(":", 2);
        LinkProfile profile = new LinkProfile(
                nanos(o.getOrDefault("rtt-ms", "0")).dividedBy(2),
                nanos(o.getOrDefault("jitter-ms", "0")),
                Double.parseDouble(o.getOrDefault("loss", "0")),
                Double.parseDouble(o.getOrDefault("duplicate", "0")),
                Double.parseDouble(o.getOrDefault("reorder", "0")),
                Long.parseLong(o.getOrDefault("seed", "1")));
        LinkEmulator link = LinkEmulator.start(
                new InetSocketAddress(InetAddress.getByName(server[0]), Integer.parseInt(server[1])),
                profile,
                Duration.ofSeconds(Long.parseLong(o.getOrDefault("max-seconds", "600"))),
                Long.parseLong(o.getOrDefault("max-packets", "10000000")),
                Integer.parseInt(o.getOrDefault("listen", "0")));
        PrintStream out = System.out;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            link.close();
            out.println("to server: " + link.toServer());
            out.println("to client: " + link.toClient());
            out.flush();
        }));
        InetSocketAddress a = link.address();
        out.println("link " + a.getAddress().getHostAddress() + ":" + a.getPort());
        out.flush();
        while (!link.awaitStop(Duration.ofSeconds(1))) {
            // bounded by the emulator's own limits
        }
        System.exit(0);
    }

    private static Duration nanos(String millis) {
        return Duration.ofNanos((long) (Double.parseDouble(millis) * 1_000_000));
    }
}
