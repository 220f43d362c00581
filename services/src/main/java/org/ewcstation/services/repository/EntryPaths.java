package org.ewcstation.services.repository;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.ewcstation.services.repository.ImportException.Reason;

/** Turns an archive entry name into a path inside the staging folder, refusing every way out of it. */
final class EntryPaths {

    /**
     * The names Windows reserves for devices, in any case, with any extension and with the trailing dots and spaces
     * Windows drops: "NUL.txt" or "con " opens the device, not a file, when the bundle is served from Windows.
     */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3]|CONIN\\$|CONOUT\\$)(\\..*)?[. ]*");

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
            if (WINDOWS_DEVICE.matcher(segment).matches()) {
                throw new ImportException(Reason.DEVICE_NAME, entryName);
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
