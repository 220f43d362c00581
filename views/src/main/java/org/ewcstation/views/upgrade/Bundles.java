package org.ewcstation.views.upgrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ewcstation.services.repository.ApImageName;
import org.ewcstation.services.repository.BundleVersions;

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

    /** What the bundle list shows beside a bundle's path: its versions, when it was made, its AP image types. */
    public record Info(
            String path, String apVersion, String controllerRelease, Instant date, List<String> imageTypes) {}

    /** {@code path} (as {@link #under} returns it) described; blanks where the bundle does not say. */
    public static Info describe(Path root, String path) {
        Path dir = root.resolve(path);
        BundleVersions v = BundleVersions.of(dir);
        List<String> types = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (ApImageName.matches(name)) {
                    types.add(name);
                }
                Instant t = Files.getLastModifiedTime(f).toInstant();
                newest = t.isAfter(newest) ? t : newest;
            }
        } catch (IOException e) {
            // an unreadable folder is listed with what is known
        }
        types.sort(null);
        return new Info(
                path, v.ap() == null ? "" : v.ap(), v.controller() == null ? "" : v.controller(), newest, types);
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
