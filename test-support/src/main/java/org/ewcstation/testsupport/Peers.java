package org.ewcstation.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one way an interop test asks for its third-party peer (tftpd-hpa, tshark, OpenSSH, curl…). On a developer's
 * machine a missing peer skips the test, saying what to install, so a fresh clone builds green with only a JDK;
 * with {@code -Dewcstation.peers=required} (as {@code .ci/run} builds) it fails the test, so CI still proves every
 * interop path. {@link PeersListener} counts the skips and {@link PeersSummary} sums them up at the end of the build.
 */
public final class Peers {

    /** {@code required}: a missing peer fails the test; anything else skips it. */
    public static final String MODE = "ewcstation.peers";

    /** Debian packages, comma-separated, treated as missing although installed: how the skip itself is tested. */
    public static final String HIDE = "ewcstation.peers.hide";

    private Peers() {}

    /**
     * The path of {@code command}, from the Debian package {@code debianPackage}. A name is looked up on the PATH and
     * in the sbin directories (daemons live there, outside a user's PATH); an absolute path is taken as it is.
     */
    public static String require(String debianPackage, String command) {
        Optional<Path> found = isHidden(debianPackage) ? Optional.empty() : find(command);
        if (found.isPresent()) {
            return found.get().toString();
        }
        String why = "peer " + debianPackage + " is not installed ('" + command + "' not found)";
        if (isRequired()) {
            throw new AssertionError(why + " and " + MODE + "=required; install the peers: " + PeersSummary.INSTALL);
        }
        throw new PeerMissing(debianPackage, "skipped: " + why + "; install the peers: " + PeersSummary.INSTALL);
    }

    static Optional<Path> find(String command) {
        Path given = Path.of(command);
        if (given.isAbsolute()) {
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        List<String> dirs = new ArrayList<>(Arrays.asList(
                System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/local/sbin", "/usr/sbin", "/sbin"));
        return dirs.stream()
                .filter(d -> !d.isBlank())
                .map(d -> Path.of(d, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static boolean isRequired() {
        return "required".equalsIgnoreCase(System.getProperty(MODE, "").strip());
    }

    private static boolean isHidden(String debianPackage) {
        return Arrays.stream(System.getProperty(HIDE, "").split(","))
                .map(String::strip)
                .anyMatch(debianPackage::equals);
    }
}
