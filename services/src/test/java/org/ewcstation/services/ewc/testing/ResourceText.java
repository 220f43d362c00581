package org.ewcstation.services.ewc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test texts kept in this module under {@code src/test/resources/fixtures}. */
public final class ResourceText {

    private ResourceText() {}

    public static String text(String path) {
        try (InputStream in = ResourceText.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
