package org.ewcstation.services.repository;

import java.nio.file.Path;
import org.ewcstation.services.repository.ImportException.Reason;

/** Turns an archive entry name into a path inside the staging folder, refusing every way out of it. */
final class EntryPaths {

    private EntryPaths() {}

    static Path resolve(Path staging, String entryName) throws ImportException {
        if (entryName == null || entryName.isEmpty() || entryName.indexOf('\0') >= 0) {
            throw new ImportException(Reason.HOSTILE_ENTRY, String.valueOf(entryName));
        }
        // Archives made on Windows may use backslashes; treat them as separators, then judge the result.
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new ImportException(Reason.HOSTILE_ENTRY, entryName);
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                // even "a/../b" is refused: a well-made bundle never needs it, and refusing is simpler to trust
                throw new ImportException(Reason.HOSTILE_ENTRY, entryName);
            }
        }
        Path root = staging.toAbsolutePath().normalize();
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw new ImportException(Reason.HOSTILE_ENTRY, entryName);
        }
        return target;
    }
}
