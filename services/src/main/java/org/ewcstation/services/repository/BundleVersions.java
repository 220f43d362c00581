package org.ewcstation.services.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two versions a bundle folder names, read cheaply (no hashing): the AP image version ({@code version.info})
 * and the controller release ({@code controller_version.info}); null when a file is missing or names none.
 */
public record BundleVersions(String ap, String controller) {

    public static BundleVersions of(Path folder) {
        return new BundleVersions(
                read(folder.resolve(BundleInspector.VERSION_INFO)),
                read(folder.resolve(BundleInspector.CONTROLLER_VERSION_INFO)));
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? BundleVersionInfo.parse(Files.readString(file)).version().orElse(null)
                    : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
