package org.ewcstation.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** A small synthetic AP bundle (a few hundred KB per image) under {@code dir}, like the real unzipped one. */
final class Images {

    static final List<String> TYPES = List.of("ap1g5", "ap1g6a", "ap1g7", "ap1g8", "ap3g3");
    static final String VERSION = "17.12.1.5";

    private Images() {}

    static Path bundle(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(42);
        int i = 0;
        for (String t : TYPES) {
            byte[] b = new byte[200_000 + 37_123 * i++];
            r.nextBytes(b);
            Files.write(dir.resolve(t), b);
        }
        Files.writeString(dir.resolve("version.info"), "image_family: ap\nversion: " + VERSION + "\n");
        return dir;
    }
}
