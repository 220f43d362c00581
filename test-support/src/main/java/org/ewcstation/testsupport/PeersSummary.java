package org.ewcstation.testsupport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The end-of-build summary of the interop tests skipped for a missing peer: which peers, how many tests, in which
 * modules, and the one command that installs them. Reads every module's {@code target/peers-missing.txt} (written
 * by {@link PeersListener}); run by the last module of the build as a single-file program
 * ({@code java PeersSummary.java ROOT}), so it uses the JDK alone.
 */
public final class PeersSummary {

    /** Installs every peer on Debian/Ubuntu (as root, or through sudo). */
    public static final String INSTALL = "bash tests/install-peers.sh";

    static final String REPORT = "target/peers-missing.txt";

    private PeersSummary() {}

    public static void main(String[] args) throws IOException {
        print(Path.of(args.length > 0 ? args[0] : "."), System.out);
    }

    static void print(Path root, PrintStream out) throws IOException {
        List<Path> reports;
        try (Stream<Path> modules = Files.list(root)) {
            reports = modules.map(m -> m.resolve(REPORT))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        if (reports.isEmpty()) {
            return; // no module ran its tests in this build
        }
        Map<String, Integer> tests = new TreeMap<>();
        Map<String, Set<String>> modules = new TreeMap<>();
        int total = 0;
        for (Path report : reports) {
            String module = report.getParent().getParent().getFileName().toString();
            for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
                String peer = line.split("\t", 2)[0].strip();
                if (!peer.isEmpty()) {
                    tests.merge(peer, 1, Integer::sum);
                    modules.computeIfAbsent(peer, k -> new TreeSet<>()).add(module);
                    total++;
                }
            }
        }
        String rule = "-".repeat(72);
        out.println(rule);
        if (total == 0) {
            out.println("Interop peers: all present, no interop test was skipped.");
        } else {
            out.println(
                    "Interop peers: " + total + " interop test(s) SKIPPED, their third-party peer is not installed:");
            tests.forEach((peer, n) ->
                    out.printf("  %-16s %3d test(s) in %s%n", peer, n, String.join(", ", modules.get(peer))));
            out.println("Install them all (Debian/Ubuntu): " + INSTALL);
            out.println("With -Dewcstation.peers=required (as .ci/run builds) a missing peer fails its tests.");
        }
        out.println(rule);
    }
}
