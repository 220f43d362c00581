package org.ewcstation.services.ewc.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public controller outputs in {@code ../shared/samples} (copied from genieparser and ntc-templates, with
 * their expected parses), when that folder sits beside the checkout. They are not part of the repository:
 * the tests on them are an extra cross-check that is skipped, and says so, without the folder. The build sets
 * the system property {@code ewcstation.shared}; {@code -Dewcstation.shared=DIR} points it elsewhere.
 */
public final class PublicSamples {

    private PublicSamples() {}

    /** The samples folder; aborts the calling test (reported as skipped, with the reason) when it is missing. */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("ewcstation.shared", "../../shared"), "samples")
                .toAbsolutePath()
                .normalize();
        assumeTrue(Files.isDirectory(dir), () -> "skipped: ../shared/samples not found (looked in " + dir + ")");
        return dir;
    }

    public static String text(String name) {
        try {
            return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
