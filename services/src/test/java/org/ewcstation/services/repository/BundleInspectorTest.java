package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ewcstation.services.repository.BundleIssue.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleInspectorTest {

    @TempDir
    Path tmp;

    private final BundleInspector inspector = new BundleInspector(ApImageCatalog.builtIn());

    @Test
    void flagsMissingEmptyAndUnknownFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(SyntheticBundles.seedFiles("17.9.4.27"));
        files.remove("ap1g6");
        files.remove("C9800-AP-iosxe-wlc.bin");
        files.put("ap1g7", new byte[0]);
        files.put("ap1g9", new byte[] {1});
        files.put("notes.docx", new byte[] {1});
        files.put("controller_version.info", "17.12.1.5".getBytes());
        BundleManifest m = inspector.inspect(SyntheticBundles.folder(tmp.resolve("b"), files));

        assertThat(m.issues())
                .contains(
                        new BundleIssue(Code.MISSING_AP_IMAGE, "ap1g6"),
                        new BundleIssue(Code.MISSING_CONTROLLER_IMAGE, "C9800-AP-iosxe-wlc.bin"),
                        new BundleIssue(Code.EMPTY_FILE, "ap1g7"),
                        new BundleIssue(Code.UNKNOWN_AP_IMAGE_TYPE, "ap1g9"),
                        new BundleIssue(Code.UNKNOWN_FILE, "notes.docx"),
                        new BundleIssue(Code.CONTROLLER_VERSION_DIFFERS, "controller_version.info"));
        assertThat(m.usable()).as("an empty image blocks").isFalse();
        assertThat(m.imageTypes()).doesNotContain("ap1g7", "ap1g6", "ap1g9").contains("ap3g3");
        assertThat(m.file("ap1g9").orElseThrow().models()).isEmpty();
        assertThat(new BundleIssue(Code.MISSING_AP_IMAGE, "ap1g6").msg().key())
                .isEqualTo("repository.issue.missingApImage");
    }

    @Test
    void aFolderThatIsNotABundleSaysSo() throws Exception {
        Path dir = SyntheticBundles.folder(tmp.resolve("holiday"), Map.of("a.jpg", new byte[] {1}));
        BundleManifest m = inspector.inspect(dir);
        assertThat(m.isBundle()).isFalse();
        assertThat(m.issues()).first().isEqualTo(new BundleIssue(Code.NOT_A_BUNDLE, "holiday"));
    }

    @Test
    void missingOrUnreadableVersionInfoBlocks() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(SyntheticBundles.seedFiles("17.9.4.27"));
        files.remove("version.info");
        assertThat(inspector
                        .inspect(SyntheticBundles.folder(tmp.resolve("a"), files))
                        .issues())
                .contains(new BundleIssue(Code.MISSING_VERSION_INFO, "version.info"));
        files.put("version.info", "garbage".getBytes());
        BundleManifest m = inspector.inspect(SyntheticBundles.folder(tmp.resolve("b"), files));
        assertThat(m.issues()).contains(new BundleIssue(Code.UNREADABLE_VERSION, "version.info"));
        assertThat(m.usable()).isFalse();
        Files.createDirectories(tmp.resolve("b/sub"));
        assertThat(inspector.inspect(tmp.resolve("b")).issues()).contains(new BundleIssue(Code.UNKNOWN_FILE, "sub"));
    }
}
