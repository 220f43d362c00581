package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ewcstation.testsupport.Peers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives made by the tools a technician actually uses (Info-ZIP {@code zip}, GNU {@code tar}), hashes checked
 * against coreutils {@code sha256sum}. A missing tool skips (or, under -Dewcstation.peers=required, fails) the test through
 * {@link Peers}.
 */
@Tag("interop")
class RealArchiversInteropTest {

    @TempDir
    Path tmp;

    @Test
    void bundlesZippedAndTarredByRealToolsImportWithTheSameHashesAsSha256sum() throws Exception {
        Path src = SyntheticBundles.folder(
                tmp.resolve("C9800-AP-univk9_wlc.17.9.4a"), SyntheticBundles.seedFiles("17.9.4.27"));
        run(tmp, "zip", "-q", "-r", "bundle.zip", "C9800-AP-univk9_wlc.17.9.4a");
        run(tmp, "tar", "-czf", "bundle.tar.gz", "C9800-AP-univk9_wlc.17.9.4a");
        Map<String, String> expected = sha256sum(src);

        ImageRepository zipRepo =
                new ImageRepository(tmp.resolve("r1"), "EWC", new BundleInspector(ApImageCatalog.builtIn()));
        BundleManifest fromZip =
                zipRepo.importBundle(tmp.resolve("bundle.zip"), ImportOptions.defaults(), new ImportProgress());
        ImageRepository tarRepo =
                new ImageRepository(tmp.resolve("r2"), "EWC", new BundleInspector(ApImageCatalog.builtIn()));
        BundleManifest fromTar =
                tarRepo.importBundle(tmp.resolve("bundle.tar.gz"), ImportOptions.defaults(), new ImportProgress());

        for (BundleManifest m : List.of(fromZip, fromTar)) {
            assertThat(m.folder().getFileName().toString()).isEqualTo("17_9_4a");
            assertThat(m.files()).hasSize(expected.size());
            m.files().forEach(f -> assertThat(f.sha256()).as(f.name()).isEqualTo(expected.get(f.name())));
        }
    }

    @Test
    void aTarWithDotDotMadeByGnuTarIsRefused() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("w/inner"));
        Files.writeString(tmp.resolve("w/version.info"), "17.9.4.27");
        Files.writeString(tmp.resolve("w/evil"), "pwned");
        // GNU tar keeps "../" in member names only when asked to (-P)
        run(work, "tar", "-P", "-cf", tmp.resolve("evil.tar").toString(), "../version.info", "../evil");
        ImageRepository repo =
                new ImageRepository(tmp.resolve("r"), "EWC", new BundleInspector(ApImageCatalog.builtIn()));
        assertThatThrownBy(() ->
                        repo.importBundle(tmp.resolve("evil.tar"), ImportOptions.defaults(), new ImportProgress()))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.HOSTILE_ENTRY));
        assertThat(tmp.resolve("evil")).doesNotExist();
    }

    private static Map<String, String> sha256sum(Path dir) throws Exception {
        List<String> names;
        try (var s = Files.list(dir)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> cmd = new ArrayList<>(List.of("sha256sum"));
        cmd.addAll(names);
        String out = run(dir, cmd.toArray(String[]::new));
        Map<String, String> m = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.split("\\s+\\*?", 2);
            m.put(parts[1].strip(), parts[0]);
        }
        return m;
    }

    private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
        Peers.require(cmd[0].equals("sha256sum") ? "coreutils" : cmd[0], cmd[0]);
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s: %s", String.join(" ", cmd), out).isZero();
        return out;
    }
}
