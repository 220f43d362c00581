package org.ewcstation.services.repository;

import java.util.Objects;
import java.util.Optional;

/**
 * How to import: {@code folderName} overrides the name derived from the archive or version.info
 * (e.g. {@code 17_9_4a}); {@code replace} allows overwriting a bundle already in the repository;
 * {@code limits} bound how far the bundle may expand.
 */
public record ImportOptions(Optional<String> folderName, boolean replace, ImportLimits limits) {

    public ImportOptions {
        Objects.requireNonNull(folderName, "folderName");
        Objects.requireNonNull(limits, "limits");
    }

    /** With the default limits. */
    public ImportOptions(Optional<String> folderName, boolean replace) {
        this(folderName, replace, ImportLimits.defaults());
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), false);
    }

    public ImportOptions withLimits(ImportLimits newLimits) {
        return new ImportOptions(folderName, replace, newLimits);
    }
}
