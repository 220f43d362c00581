package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.ewcstation.services.repository.ImportException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives of too many entries are refused from the zip's end record, before its directory is read into memory
 * (a million-entry zip took a 512 MiB heap down), and a tar's as it streams; names Windows keeps for devices are
 * refused in every folder of the bundle.
 */
class BundleEntryLimitsTest {

    @TempDir
    Path tmp;

    ImageRepository repo;
    Path root;

    @BeforeEach
    void setUp() {
        root = tmp.resolve("root");
        repo = new ImageRepository(root, "EWC", new BundleInspector(ApImageCatalog.builtIn()));
    }

    @Test
    void aZipOfMoreEntriesThanTheCapIsRefusedFromItsEndRecord() throws Exception {
        Path zip = emptyEntriesZip(tmp.resolve("many-17.9.4a.zip"), ImportLimits.MAX_ENTRIES + 1, Zip64Mode.Never);
        assertThat(ZipDirectory.entryCount(zip)).isEqualTo(ImportLimits.MAX_ENTRIES + 2L);
        assertRefused(zip, Reason.TOO_MANY_ENTRIES, zip.getFileName().toString(), ImportLimits.MAX_ENTRIES + 2L);
    }

    /** Past 65,535 entries the end record says 0xFFFF and the zip64 record holds the count. */
    @Test
    void aZip64CountIsReadFromTheZip64EndRecord() throws Exception {
        Path zip = emptyEntriesZip(tmp.resolve("zip64-17.9.4a.zip"), 70_000, Zip64Mode.AsNeeded);
        assertThat(ZipDirectory.entryCount(zip)).isEqualTo(70_001L);
        assertRefused(zip, Reason.TOO_MANY_ENTRIES, zip.getFileName().toString(), 70_001L);
    }

    @Test
    void aWellMadeZipDeclaresItsFewEntriesAndAnythingElseIsLeftToTheZipLibrary() throws Exception {
        Path zip = emptyEntriesZip(tmp.resolve("few.zip"), 3, Zip64Mode.Never);
        assertThat(ZipDirectory.entryCount(zip)).isEqualTo(4);
        Path notZip = Files.writeString(tmp.resolve("not.zip"), "not a zip at all");
        assertThat(ZipDirectory.entryCount(notZip)).isEqualTo(-1);
    }

    @Test
    void aTarOfMoreEntriesThanTheCapIsRefusedAsItStreams() throws Exception {
        Path tar = tmp.resolve("many-17.9.4a.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            for (int i = 0; i <= ImportLimits.MAX_ENTRIES; i++) {
                TarArchiveEntry e = new TarArchiveEntry("d" + i + "/");
                out.putArchiveEntry(e);
                out.closeArchiveEntry();
            }
        }
        assertRefused(tar, Reason.TOO_MANY_ENTRIES, tar.getFileName().toString(), ImportLimits.MAX_ENTRIES + 1);
    }

    @Test
    void windowsDeviceNamesAreRefusedInAnyFolderCaseAndExtension() throws Exception {
        for (String name : List.of("NUL", "nul.txt", "images/COM1", "Con ", "aux.tar.gz", "LPT9.", "CONOUT$")) {
            assertThatThrownBy(() -> EntryPaths.resolve(tmp, name))
                    .as(name)
                    .isInstanceOfSatisfying(
                            ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DEVICE_NAME));
        }
        for (String name : List.of("CONSOLE.txt", "nullx", "COM10", "images/ap1g7", "LPT", "version.info")) {
            assertThat(EntryPaths.resolve(tmp, name))
                    .as(name)
                    .isEqualTo(tmp.toAbsolutePath().resolve(name).normalize());
        }
        Path zip = tmp.resolve("device-17.9.4a.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            put(out, "version.info", "17.9.4.27\n");
            put(out, "images/NUL.txt", "x");
        }
        assertRefused(zip, Reason.DEVICE_NAME, "images/NUL.txt");
    }

    private void assertRefused(Path source, Reason reason, Object... args) {
        ImportProgress progress = new ImportProgress();
        assertThatThrownBy(() -> repo.importBundle(source, ImportOptions.defaults(), progress))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.msg().args()).startsWith(args);
                });
        assertThat(root.resolve("EWC/17_9_4a")).doesNotExist();
    }

    /** A version.info and {@code n} empty files: about 100 bytes an entry. */
    private static Path emptyEntriesZip(Path file, int n, Zip64Mode mode) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            out.setUseZip64(mode);
            put(out, "version.info", "17.9.4.27\n");
            for (int i = 0; i < n; i++) {
                out.putArchiveEntry(new ZipArchiveEntry("f" + i));
                out.closeArchiveEntry();
            }
        }
        return file;
    }

    private static void put(ZipArchiveOutputStream out, String name, String text) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.closeArchiveEntry();
    }
}
