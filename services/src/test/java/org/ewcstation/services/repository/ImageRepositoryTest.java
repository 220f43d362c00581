package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ewcstation.services.repository.ImportException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in temporary folders, archives built with commons-compress. */
class ImageRepositoryTest {

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
    void importsAZipNamedByReleaseAndListsEveryFile() throws Exception {
        Map<String, byte[]> files = SyntheticBundles.seedFiles("17.9.4.27");
        Path zip = SyntheticBundles.zip(
                tmp.resolve("C9800-AP-univk9_wlc.17.09.04a.zip"), "C9800-AP-univk9_wlc.17.9.4a/", files);
        ImportProgress progress = new ImportProgress();

        BundleManifest m = repo.importBundle(zip, ImportOptions.defaults(), progress);

        assertThat(m.folder()).isEqualTo(root.resolve("EWC/17_9_4a"));
        assertThat(repo.profilePath(m.folder())).isEqualTo("/EWC/17_9_4a");
        assertThat(m.version()).contains("17.9.4.27");
        assertThat(m.controllerVersion()).contains("17.9.4.27");
        assertThat(m.issues()).isEmpty();
        assertThat(m.usable()).isTrue();
        assertThat(m.files()).hasSize(files.size());
        BundleFile ap3g3 = m.file("ap3g3").orElseThrow();
        assertThat(ap3g3.size()).isEqualTo(files.get("ap3g3").length);
        assertThat(ap3g3.sha256()).isEqualTo(sha256(files.get("ap3g3")));
        assertThat(ap3g3.models()).contains("Aironet 2800, 3800, 4800, 1560");
        assertThat(m.file("C9800-AP-iosxe-wlc.bin").orElseThrow().kind()).isEqualTo(BundleFile.Kind.CONTROLLER_IMAGE);
        assertThat(m.imageTypes()).containsExactly("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3");
        ImportProgress.Snapshot s = progress.snapshot();
        assertThat(s.phase()).isEqualTo(ImportProgress.Phase.DONE);
        assertThat(s.bytes()).isEqualTo(s.total()).isEqualTo(m.totalBytes());
        assertThat(noStagingLeft()).isTrue();
        assertThat(repo.list())
                .extracting(ImageRepository.StoredBundle::profilePath)
                .containsExactly("/EWC/17_9_4a");
        assertThat(repo.resolveProfilePath("/EWC/17_9_4a")).contains(m.folder());
        assertThat(repo.resolveProfilePath("EWC/17_9_4a")).contains(m.folder());
        assertThat(repo.resolveProfilePath("/../root/EWC/17_9_4a")).isEmpty();
        assertThat(repo.resolveProfilePath("/Wrong-Path")).isEmpty();
    }

    @Test
    void importsAGzippedTarAndAPlainTarNamedByVersionInfo() throws Exception {
        Map<String, byte[]> files = SyntheticBundles.seedFiles("17.12.1.5");
        BundleManifest gz = repo.importBundle(
                SyntheticBundles.tar(tmp.resolve("bundle.tgz"), "", files, true),
                ImportOptions.defaults(),
                new ImportProgress());
        assertThat(gz.folder()).isEqualTo(root.resolve("EWC/17_12_1_5"));
        assertThat(gz.files()).hasSize(files.size());
        BundleManifest plain = repo.importBundle(
                SyntheticBundles.tar(tmp.resolve("bundle.tar"), "x/", files, false),
                new ImportOptions(Optional.of("17_12_1"), false),
                new ImportProgress());
        assertThat(plain.folder()).isEqualTo(root.resolve("EWC/17_12_1"));
        assertThat(plain.file("ap1g8").orElseThrow().sha256())
                .isEqualTo(gz.file("ap1g8").orElseThrow().sha256());
    }

    @Test
    void importsAnUnzippedFolderAndLeavesTheSourceAlone() throws Exception {
        Path src = SyntheticBundles.folder(tmp.resolve("downloads/17_9_4a"), SyntheticBundles.seedFiles("17.9.4.27"));
        BundleManifest m = repo.importBundle(src, ImportOptions.defaults(), new ImportProgress());
        assertThat(m.folder()).isEqualTo(root.resolve("EWC/17_9_4a"));
        assertThat(src.resolve("ap1g7")).exists();
        assertThat(m.usable()).isTrue();
    }

    @Test
    void refusesHostileZipEntriesAndWritesNothing() throws Exception {
        for (String bad : List.of("../x", "a/../../x", "/etc/evil", "..\\x", "C:/evil")) {
            Map<String, byte[]> files = new LinkedHashMap<>(SyntheticBundles.seedFiles("17.9.4.27"));
            files.put(bad, "pwned".getBytes(StandardCharsets.US_ASCII));
            Path zip = SyntheticBundles.zip(tmp.resolve("hostile.zip"), "", files);
            assertThatThrownBy(() -> repo.importBundle(zip, ImportOptions.defaults(), new ImportProgress()))
                    .as(bad)
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.HOSTILE_ENTRY);
                        assertThat(e.msg().args()).containsExactly(bad.replace('\\', '/')); // zip names use /
                    });
            assertThat(tmp.resolve("x")).doesNotExist();
            assertThat(root.resolve("EWC")).doesNotExist();
            assertThat(noStagingLeft()).isTrue();
        }
    }

    @Test
    void refusesHostileTarEntries() throws Exception {
        for (String bad :
                List.of("../x", "/tmp/ewc-evil-" + ProcessHandle.current().pid())) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("version.info", "17.9.4.27".getBytes(StandardCharsets.US_ASCII));
            files.put(bad, "pwned".getBytes(StandardCharsets.US_ASCII));
            Path tar = SyntheticBundles.tar(tmp.resolve("hostile.tar"), "", files, false);
            assertThatThrownBy(() -> repo.importBundle(tar, ImportOptions.defaults(), new ImportProgress()))
                    .isInstanceOfSatisfying(
                            ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.HOSTILE_ENTRY));
            assertThat(tmp.resolve("x")).doesNotExist();
            assertThat(Path.of("/tmp/ewc-evil-" + ProcessHandle.current().pid()))
                    .doesNotExist();
            assertThat(noStagingLeft()).isTrue();
        }
    }

    @Test
    void refusesLinksInArchivesAndFolders() throws Exception {
        assertThatThrownBy(() -> repo.importBundle(
                        SyntheticBundles.zipWithSymlink(tmp.resolve("l.zip"), "ap1g7", "/etc/passwd"),
                        ImportOptions.defaults(),
                        new ImportProgress()))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LINK_ENTRY));
        assertThatThrownBy(() -> repo.importBundle(
                        SyntheticBundles.tarWithSymlink(tmp.resolve("l.tar"), "ap1g7", "/etc/passwd"),
                        ImportOptions.defaults(),
                        new ImportProgress()))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LINK_ENTRY));
        Path src = SyntheticBundles.folder(tmp.resolve("src"), SyntheticBundles.seedFiles("17.9.4.27"));
        Files.createSymbolicLink(src.resolve("ap1g9"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> repo.importBundle(src, ImportOptions.defaults(), new ImportProgress()))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LINK_ENTRY));
        assertThat(noStagingLeft()).isTrue();
    }

    @Test
    void refusesWhatIsNotABundleOrNotAnArchive() throws Exception {
        Path zip = SyntheticBundles.zip(tmp.resolve("photos.zip"), "", Map.of("cat.jpg", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> repo.importBundle(zip, ImportOptions.defaults(), new ImportProgress()))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_BUNDLE));
        Path junk = Files.writeString(tmp.resolve("notes.txt"), "just text, no archive here ".repeat(40));
        ImportProgress p = new ImportProgress();
        assertThatThrownBy(() -> repo.importBundle(junk, ImportOptions.defaults(), p))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
        assertThat(p.snapshot().phase()).isEqualTo(ImportProgress.Phase.FAILED);
        assertThatThrownBy(() -> repo.importBundle(tmp, ImportOptions.defaults(), p))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SOURCE_CONTAINS_REPOSITORY));
        assertThatThrownBy(() -> repo.importBundle(tmp.resolve("missing.zip"), ImportOptions.defaults(), p))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SOURCE_MISSING));
        Path src = SyntheticBundles.folder(tmp.resolve("s"), SyntheticBundles.seedFiles("17.9.4.27"));
        assertThatThrownBy(() -> repo.importBundle(src, new ImportOptions(Optional.of("../up"), false), p))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_FOLDER_NAME));
        assertThat(noStagingLeft()).isTrue();
    }

    @Test
    void anExistingBundleIsKeptUnlessReplaceIsAsked() throws Exception {
        Path v1 = SyntheticBundles.folder(tmp.resolve("a/17_9_4a"), SyntheticBundles.seedFiles("17.9.4.27"));
        repo.importBundle(v1, ImportOptions.defaults(), new ImportProgress());
        Map<String, byte[]> changed = new LinkedHashMap<>(SyntheticBundles.seedFiles("17.9.4.27"));
        changed.put("ap1g7", "new build".getBytes(StandardCharsets.US_ASCII));
        Path v2 = SyntheticBundles.folder(tmp.resolve("b/17_9_4a"), changed);
        assertThatThrownBy(() -> repo.importBundle(v2, ImportOptions.defaults(), new ImportProgress()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS);
                    assertThat(e.msg().args()).containsExactly("/EWC/17_9_4a");
                });
        assertThat(root.resolve("EWC/17_9_4a/ap1g7"))
                .isNotEmptyFile()
                .hasBinaryContent(SyntheticBundles.seedFiles("x").get("ap1g7"));
        BundleManifest m = repo.importBundle(v2, new ImportOptions(Optional.empty(), true), new ImportProgress());
        assertThat(root.resolve("EWC/17_9_4a/ap1g7")).hasContent("new build");
        try (Stream<Path> s = Files.list(root.resolve("EWC/17_9_4a"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(changed.keySet());
        }
        assertThat(m.issues()).isEmpty();
        assertThat(m.file("ap1g7").orElseThrow().sha256())
                .isEqualTo(sha256("new build".getBytes(StandardCharsets.US_ASCII)));
        assertThat(noStagingLeft()).isTrue();
    }

    @Test
    void spaceIsCheckedBeforeAndWhileExtracting() throws Exception {
        long free = ImageRepository.RESERVE_BYTES + (1 << 20);
        ImageRepository small =
                new ImageRepository(root, "EWC", new BundleInspector(ApImageCatalog.builtIn()), p -> free);
        // a tar.gz of zeros: tiny on disk, 8 MB once written; only the running budget can catch it
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("version.info", "17.9.4.27".getBytes(StandardCharsets.US_ASCII));
        bomb.put("ap1g7", new byte[8 << 20]);
        Path tgz = SyntheticBundles.tar(tmp.resolve("bomb.tgz"), "", bomb, true);
        assertThat(Files.size(tgz)).isLessThan(1 << 20);
        assertThatThrownBy(() -> small.importBundle(tgz, ImportOptions.defaults(), new ImportProgress()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.EXPANDS_TOO_MUCH);
                    assertThat(e.msg().args()).containsExactly("ap1g7");
                });
        // a zip says its size up front: refused before anything is written
        Path zip = SyntheticBundles.zip(tmp.resolve("big.zip"), "", bomb);
        assertThatThrownBy(() -> small.importBundle(zip, ImportOptions.defaults(), new ImportProgress()))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_SPACE));
        assertThat(noStagingLeft()).isTrue();
        assertThat(root.resolve("EWC")).doesNotExist();
    }

    private boolean noStagingLeft() throws IOException {
        if (!Files.exists(root)) {
            return true;
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.noneMatch(p -> p.getFileName().toString().startsWith(ImageRepository.STAGING_PREFIX));
        }
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
