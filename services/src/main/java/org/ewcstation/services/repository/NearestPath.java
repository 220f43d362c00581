package org.ewcstation.services.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the existing file in the served root closest to a path the controller asked for, so a "wrong path"
 * diagnosis can say "you wrote /Wrong-Path/ap1g6; did you mean /EWC/17_9_4a/ap1g6?".
 */
public final class NearestPath {

    private static final int MAX_DEPTH = 6;
    private final Path root;

    public NearestPath(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The existing path (in profile form, {@code /EWC/17_9_4a/ap1g6}) most like {@code requested}, if any. */
    public Optional<String> nearest(String requested) {
        List<String> want = segments(requested);
        if (want.isEmpty() || !Files.isDirectory(root)) {
            return Optional.empty();
        }
        String fileName = want.getLast();
        List<List<String>> candidates = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p))
                    .filter(rel -> !rel.toString().startsWith("."))
                    .filter(rel -> rel.getFileName().toString().equals(fileName))
                    .forEach(rel -> candidates.add(segments(rel.toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
        return candidates.stream()
                .min(Comparator.<List<String>>comparingInt(c -> -(commonSuffix(c, want) + commonPrefix(c, want)))
                        .thenComparingInt(c -> distance(String.join("/", c), String.join("/", want)))
                        .thenComparing(c -> String.join("/", c)))
                .map(c -> "/" + String.join("/", c));
    }

    static List<String> segments(String path) {
        if (path == null) {
            return List.of();
        }
        return Stream.of(path.replace('\\', '/').split("/"))
                .filter(s -> !s.isEmpty() && !s.equals("."))
                .toList();
    }

    /** Shared leading folders: an SFTP path keeps the user's home folders ("Documents/...") even when the rest is wrong. */
    private static int commonPrefix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() - 1 && n < b.size() - 1 && a.get(n).equalsIgnoreCase(b.get(n))) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(a.size() - 1 - n).equalsIgnoreCase(b.get(b.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance, case-insensitive: "17_9_4A" is one typo away, not a different folder. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }
}
