package org.ewcstation.views.upgrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ewcstation.services.repository.ApImageName;

/** Finds the image bundles under the served folder: folders that hold AP images (ap1g*, ap3g*). */
public final class Bundles {

    static final int MAX_DEPTH = 4;

    private Bundles() {}

    /** Paths relative to {@code root}, with '/' separators, as a TFTP or SFTP client asks for them. */
    public static List<String> under(Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            return walk.filter(Files::isDirectory)
                    .filter(Bundles::holdsImages)
                    .map(d -> root.relativize(d).toString().replace('\\', '/'))
                    .map(s -> s.isEmpty() ? "." : s)
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static boolean holdsImages(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> Files.isRegularFile(f)
                    && ApImageName.matches(f.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }
}
