package org.ewcstation.services.diagnosis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.ewcstation.services.repository.NearestPath;

/** What the engine needs to know about the folder our servers serve. */
public interface ServedFiles {

  /** True when {@code dir} (profile form, e.g. {@code /EWC/17_9_4a}) is an existing folder of the root. */
  boolean folderExists(String dir);

  /** The existing file most like {@code path}, in profile form. */
  Optional<String> nearest(String path);

  /** The served root on disk. */
  static ServedFiles under(Path root) {
    Path r = root.toAbsolutePath().normalize();
    NearestPath nearest = new NearestPath(r);
    return new ServedFiles() {
      @Override
      public boolean folderExists(String dir) {
        String rel = dir.replace('\\', '/').replaceAll("^/+", "");
        if (Arrays.asList(rel.split("/")).contains("..")) {
          return false;
        }
        return Files.isDirectory(r.resolve(rel));
      }

      @Override
      public Optional<String> nearest(String path) {
        return nearest.nearest(path);
      }
    };
  }
}
