package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.ewcstation.services.repository.ImportException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zip bombs, lying headers, oversized bundles, devices, pipes and hard links, all generated here: each is
 * refused with its own code, early, and leaves nothing behind (no staging folder, the repository as it was).
 */
class BundleLimitsTest {

    static final long GIB = 1L << 30;

    @TempDir
    Path tmp;

    Path root;
    ImageRepository repo;

    @BeforeEach
    void setUp() {
        root = tmp.resolve("root");
        repo = new ImageRepository(root, "EWC", new BundleInspector(ApImageCatalog.builtIn()));
    }

    @Test
    void aOneMegabyteZipThatExpandsToOneGibibyteIsRefusedByItsRatio() throws Exception {
        Path bomb = ArchiveBombs.zipBomb(tmp.resolve("C9800-AP-univk9_wlc.17.9.4a.zip"), "ap1g7", GIB, GIB);
        assertThat(Files.size(bomb)).isLessThan(2L << 20);
        ImportProgress progress = new ImportProgress();
        assertRefused(bomb, ImportOptions.defaults(), progress, Reason.EXPANSION_RATIO, "ap1g7", 200);
        // stopped just past the grace, not after a gibibyte
        assertThat(progress.snapshot().bytes()).isLessThan(4L << 20);
    }

    @Test
    void aZipBombWhoseHeadersClaimFourKibibytesIsRefusedAtTheClaim() throws Exception {
        Path bomb = ArchiveBombs.zipBomb(tmp.resolve("bundle-17.9.4a.zip"), "ap1g7", GIB, 4096);
        assertThat(repo.bytesNeededFor(bomb)).isLessThan(8192); // the preflight believes the headers
        ImportProgress progress = new ImportProgress();
        assertRefused(bomb, ImportOptions.defaults(), progress, Reason.SIZE_MISMATCH, "ap1g7", 4096L);
        assertThat(progress.snapshot().bytes()).isLessThan(1L << 20);
    }

    @Test
    void aGzippedTarBombIsRefusedByTheArchiveRatio() throws Exception {
        Path bomb = ArchiveBombs.tarGzBomb(tmp.resolve("bundle-17.9.4a.tar.gz"), "ap1g7", GIB);
        assertThat(Files.size(bomb)).isLessThan(2L << 20);
        assertRefused(bomb, ImportOptions.defaults(), new ImportProgress(), Reason.EXPANSION_RATIO, "ap1g7", 200);
    }

    @Test
    void declaredSizesBeyondTheCapAreRefusedBeforeAByteIsWritten() throws Exception {
        ImportOptions small = ImportOptions.defaults().withLimits(new ImportLimits(1L << 20, 200));
        Map<String, byte[]> files = new LinkedHashMap<>(SyntheticBundles.seedFiles("17.9.4.27"));
        byte[] image = new byte[2 << 20];
        new Random(7).nextBytes(image); // incompressible, like a real image
        files.put("ap1g8", image);
        for (Path source : List.of(
                SyntheticBundles.zip(tmp.resolve("big-17.9.4a.zip"), "", files),
                SyntheticBundles.tar(tmp.resolve("big-17.9.4a.tar"), "", files, false),
                SyntheticBundles.folder(tmp.resolve("big/17_9_4a"), files))) {
            ImportProgress progress = new ImportProgress();
            assertRefused(source, small, progress, Reason.DECLARED_TOO_LARGE, "ap1g8", 2L << 20, 1L << 20);
            if (!source.toString().endsWith(".tar")) {
                assertThat(progress.snapshot().bytes()).as(source.toString()).isZero();
            }
        }
        // the same bundle is welcome under the default cap
        assertThat(repo.importBundle(tmp.resolve("big-17.9.4a.zip"), ImportOptions.defaults(), new ImportProgress())
                        .file("ap1g8"))
                .isPresent();
    }

    @Test
    void theDefaultCapIsFourGibibytesWellAboveTheLargestCiscoBundle() {
        assertThat(ImportOptions.defaults().limits().maxTotalBytes()).isEqualTo(4 * GIB);
        assertThat(ImportOptions.defaults().limits().maxExpansionRatio()).isEqualTo(200);
        assertThatThrownBy(() -> new ImportLimits(0, 200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void devicesAndPipesInATarAreRefusedNotTurnedIntoEmptyFiles() throws Exception {
        for (byte type : new byte[] {TarArchiveEntry.LF_CHR, TarArchiveEntry.LF_BLK, TarArchiveEntry.LF_FIFO}) {
            Path tar = tmp.resolve("special-" + (char) type + ".tar");
            try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
                addTarFile(out, "version.info", "17.9.4.27\n");
                TarArchiveEntry dev = new TarArchiveEntry("ap1g7", type);
                dev.setDevMajor(1);
                dev.setDevMinor(3);
                out.putArchiveEntry(dev);
                out.closeArchiveEntry();
            }
            assertRefused(tar, ImportOptions.defaults(), new ImportProgress(), Reason.SPECIAL_ENTRY, "ap1g7");
        }
    }

    @Test
    void devicesPipesAndSocketsInAZipAreRefused() throws Exception {
        for (int mode : new int[] {0020644, 0060644, 0010644, 0140644}) {
            Path zip = tmp.resolve("special-" + Integer.toOctalString(mode) + ".zip");
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
                ZipArchiveEntry v = new ZipArchiveEntry("version.info");
                out.putArchiveEntry(v);
                out.write("17.9.4.27\n".getBytes(StandardCharsets.US_ASCII));
                out.closeArchiveEntry();
                ZipArchiveEntry dev = new ZipArchiveEntry("ap1g7");
                dev.setUnixMode(mode);
                out.putArchiveEntry(dev);
                out.closeArchiveEntry();
            }
            assertRefused(zip, ImportOptions.defaults(), new ImportProgress(), Reason.SPECIAL_ENTRY, "ap1g7");
        }
    }

    @Test
    void aRealTarOfACharacterDeviceAndAPipeAndAFolderWithAPipeAreRefused() throws Exception {
        Path src = SyntheticBundles.folder(tmp.resolve("src/17_9_4a"), SyntheticBundles.seedFiles("17.9.4.27"));
        // fakeroot lets mknod record a character device without privileges; the pipe is a real one
        run(src, "fakeroot", "sh", "-c", "mknod ap1g9 c 1 3 && tar -cf ../dev.tar . && rm ap1g9");
        run(src, "mkfifo", "ap1g9");
        run(src, "tar", "-cf", "../fifo.tar", ".");
        assertRefused(
                src.resolveSibling("dev.tar"),
                ImportOptions.defaults(),
                new ImportProgress(),
                Reason.SPECIAL_ENTRY,
                "./ap1g9");
        assertRefused(
                src.resolveSibling("fifo.tar"),
                ImportOptions.defaults(),
                new ImportProgress(),
                Reason.SPECIAL_ENTRY,
                "./ap1g9");
        assertRefused(src, ImportOptions.defaults(), new ImportProgress(), Reason.SPECIAL_ENTRY, "ap1g9");
    }

    @Test
    void hardLinksInATarAreRefused() throws Exception {
        Path tar = tmp.resolve("hard.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            addTarFile(out, "version.info", "17.9.4.27\n");
            TarArchiveEntry link = new TarArchiveEntry("ap1g7", TarArchiveEntry.LF_LINK);
            link.setLinkName("../../etc/passwd");
            out.putArchiveEntry(link);
            out.closeArchiveEntry();
        }
        assertRefused(tar, ImportOptions.defaults(), new ImportProgress(), Reason.LINK_ENTRY, "ap1g7");
    }

    @Test
    void aRefusedReplacementLeavesTheBundleInPlaceUntouched() throws Exception {
        Path v1 = SyntheticBundles.folder(tmp.resolve("a/17_9_4a"), SyntheticBundles.seedFiles("17.9.4.27"));
        BundleManifest before = repo.importBundle(v1, ImportOptions.defaults(), new ImportProgress());
        Path bomb = ArchiveBombs.zipBomb(tmp.resolve("C9800-AP-univk9_wlc.17.9.4a.zip"), "ap1g7", GIB, 4096);
        assertThatThrownBy(
                        () -> repo.importBundle(bomb, new ImportOptions(Optional.empty(), true), new ImportProgress()))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SIZE_MISMATCH));
        BundleManifest after = repo.inspect(before.folder(), new ImportProgress());
        assertThat(after.files()).isEqualTo(before.files());
        assertThat(noStagingLeft()).isTrue();
    }

    private void assertRefused(
            Path source, ImportOptions options, ImportProgress progress, Reason reason, Object... args)
            throws IOException {
        assertThatThrownBy(() -> repo.importBundle(source, options, progress))
                .as(source.toString())
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).as(source.toString()).isEqualTo(reason);
                    assertThat(e.msg().args()).containsExactly(args);
                });
        assertThat(progress.snapshot().phase()).isEqualTo(ImportProgress.Phase.FAILED);
        assertThat(noStagingLeft()).as(source.toString()).isTrue();
        assertThat(root.resolve("EWC/17_9_4a")).as(source.toString()).doesNotExist();
    }

    private static void addTarFile(TarArchiveOutputStream out, String name, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        out.putArchiveEntry(e);
        out.write(data);
        out.closeArchiveEntry();
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }

    private boolean noStagingLeft() throws IOException {
        if (!Files.exists(root)) {
            return true;
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.noneMatch(p -> p.getFileName().toString().startsWith(ImageRepository.STAGING_PREFIX));
        }
    }
}
