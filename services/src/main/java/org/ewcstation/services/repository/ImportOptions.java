package org.ewcstation.services.repository;

import java.util.Optional;

/**
 * How to import: {@code folderName} overrides the name derived from the archive or version.info
 * (e.g. {@code 17_9_4a}); {@code replace} allows overwriting a bundle already in the repository.
 */
public record ImportOptions(Optional<String> folderName, boolean replace) {

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), false);
    }
}
