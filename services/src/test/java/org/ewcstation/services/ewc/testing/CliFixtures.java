package org.ewcstation.services.ewc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The project's own controller outputs under {@code src/test/resources/org/ewcstation/services/ewc/fixtures}:
 * each {@code <command>__<variant>__<n>.txt} in the layout of real IOS-XE output (names, addresses and
 * versions are ours) with its expected parse beside it in {@code .expected.json}. The folder's README says
 * which public shape each one follows.
 */
public final class CliFixtures {

    /** Where the fixtures sit on the class path; the app's tests read them from this module's test jar. */
    public static final String FOLDER = "org/ewcstation/services/ewc/fixtures/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CliFixtures() {}

    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected parse of {@code name} (a {@code .txt} fixture). */
    public static JsonNode expected(String name) {
        try (InputStream in = open(name.replace(".txt", ".expected.json"))) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder itself, to list it: in this module's tests it is a directory under target/test-classes. */
    public static Path folder() {
        URL url = CliFixtures.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("fixture folder " + FOLDER + " is not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = CliFixtures.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + FOLDER + name);
        }
        return in;
    }
}
