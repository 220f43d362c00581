package org.ewcstation.services.diagnosis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.ewcstation.services.repository.ImageRepository;
import org.ewcstation.services.repository.NearestPath;

/** What the engine needs to know about the folder our servers serve. */
public interface ServedFiles {

    /** True when {@code dir} (profile form, e.g. {@code /EWC/17_9_4a}) is a bundle folder of the root. */
    boolean isBundleFolder(String dir);

    /** The existing file most like {@code path}, in profile form. */
    Optional<String> nearest(String path);

    /** The served root on disk. */
    static ServedFiles under(Path root) {
        Path r = root.toAbsolutePath().normalize();
        NearestPath nearest = new NearestPath(r);
        return new ServedFiles() {
            @Override
            public boolean isBundleFolder(String dir) {
                String rel = dir.replace('\\', '/').replaceAll("^/+", "");
                if (Arrays.asList(rel.split("/")).contains("..")) {
                    return false;
                }
                Path folder = r.resolve(rel);
                try {
                    return Files.isDirectory(folder) && ImageRepository.looksLikeBundle(folder);
                } catch (IOException e) {
                    return false;
                }
            }

            @Override
            public Optional<String> nearest(String path) {
                return nearest.nearest(path);
            }
        };
    }
}
