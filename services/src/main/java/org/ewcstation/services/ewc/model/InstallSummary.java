package org.ewcstation.services.ewc.model;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code show install summary}: each package with its state letter, and the auto-abort timer. A release activated
 * but not committed ({@code U}) is rolled back by the controller when the timer runs out.
 *
 * @param autoAbortTimer the timer's words ({@code inactive}, {@code active on install_activate}), or null
 * @param timeBeforeRollback what the timer has left, or null when it is not running or not printed
 */
public record InstallSummary(List<Package> packages, String autoAbortTimer, Duration timeBeforeRollback) {

    public InstallSummary {
        packages = List.copyOf(packages);
    }

    /** The install engine's states, by the letter the summary prints. */
    public enum State {
        INACTIVE('I'),
        UNCOMMITTED('U'),
        COMMITTED('C'),
        DEACTIVATED('D');

        private final char letter;

        State(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        public static Optional<State> of(char c) {
            for (State s : values()) {
                if (s.letter == Character.toUpperCase(c)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** One row: {@code IMG   U    17.12.01.0.1565} (type, state, file name or version). */
    public record Package(String location, String type, State state, String version) {

        public boolean image() {
            return "IMG".equalsIgnoreCase(type);
        }
    }

    /** The rows still to commit or roll back ({@code U} activated, {@code D} deactivated, both uncommitted). */
    public List<Package> pending() {
        return packages.stream()
                .filter(p -> p.state() == State.UNCOMMITTED || p.state() == State.DEACTIVATED)
                .toList();
    }

    /** The image rows for {@code release} ({@code 17.12.1} names {@code 17.12.01.0.1565}): their states. */
    public List<State> imageStates(String release) {
        return packages.stream()
                .filter(p -> p.image() && sameRelease(release, p.version()))
                .map(Package::state)
                .toList();
    }

    public boolean autoAbortRunning() {
        return autoAbortTimer != null && autoAbortTimer.toLowerCase(Locale.ROOT).startsWith("active");
    }

    /**
     * Whether {@code installed} (as the summary prints it, with its build: {@code 17.09.04a.0.6}) is {@code release}
     * (as a bundle or {@code show version} writes it: {@code 17.9.4a}). Leading zeros do not count; the parts after
     * the release's own are the build.
     */
    public static boolean sameRelease(String release, String installed) {
        if (release == null || installed == null) {
            return false;
        }
        String r = normal(release);
        String i = normal(installed);
        return i.equals(r) || i.startsWith(r + ".");
    }

    private static String normal(String v) {
        StringBuilder out = new StringBuilder();
        for (String part : v.strip().toLowerCase(Locale.ROOT).split("\\.")) {
            out.append(out.isEmpty() ? "" : ".").append(part.replaceFirst("^0+(?=\\d)", ""));
        }
        return out.toString();
    }
}
