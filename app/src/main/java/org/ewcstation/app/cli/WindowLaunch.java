package org.ewcstation.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A command line that can only open the window, read without picocli: no argument, or only {@code --data-dir DIR},
 * {@code --demo}, {@code --lang en|ja} and {@code --verbose}, each at most once, with valid values. picocli's classes
 * are Java 5 bytecode, which the AOT cache cannot hold: a cold start reads and verifies about 150 of them from the
 * jar, about a quarter of a second of the main thread before the window's store and services can start (measured
 * with a class-load log of the app-image). Anything else, every mistake included, goes to picocli as before, so
 * its help and its translated usage errors stay the only ones.
 */
public record WindowLaunch(Path dataDir, boolean demo, boolean verbose) {

    public GlobalOptions options() {
        return new GlobalOptions(dataDir, demo);
    }

    /** The window's options, or empty when picocli has to read {@code args}. */
    public static Optional<WindowLaunch> of(String... args) {
        Path dataDir = null;
        boolean demo = false;
        boolean verbose = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            String value = null;
            if (name.equals("--data-dir") || name.equals("--lang")) {
                if (eq > 0 && !a.equals(name)) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                }
                if (value == null || value.isBlank() || value.startsWith("-")) {
                    return Optional.empty();
                }
            } else if (!(a.equals("--demo") || a.equals("--verbose"))) {
                return Optional.empty();
            }
            if (!seen.add(name)) {
                return Optional.empty(); // picocli refuses a repeated option: let it say so
            }
            switch (name) {
                case "--demo" -> demo = true;
                case "--verbose" -> verbose = true;
                case "--lang" -> {
                    if (CliLanguage.parse(value).isEmpty()) {
                        return Optional.empty();
                    }
                }
                default -> {
                    try {
                        dataDir = Path.of(value);
                    } catch (InvalidPathException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(new WindowLaunch(dataDir, demo, verbose));
    }
}
