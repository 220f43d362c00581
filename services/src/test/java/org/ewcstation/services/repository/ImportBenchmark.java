package org.ewcstation.services.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing a bundle-sized zip (extract + SHA-256 of every file) against what a technician does by hand in the
 * same run: {@code unzip -q} then {@code sha256sum *}. Run through tests/bench/repository-import.sh; prints the
 * ratio. Sizes by -Dbench.mb (default 300 MB, shaped like the seed's bundle: seven AP images and a bigger
 * controller image, random bytes so nothing compresses, as with the real images).
 */
@Tag("bench")
class ImportBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ImportBenchmark.class);

    @TempDir
    Path tmp;

    @Test
    void importVersusUnzipAndSha256sum() throws Exception {
        int totalMb = Integer.getInteger("bench.mb", 300);
        Path src = Files.createDirectories(tmp.resolve("C9800-AP-univk9_wlc.17.9.4a"));
        Random random = new Random(42);
        byte[] block = new byte[1 << 20];
        List<String> aps = List.of("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3");
        int apMb = Math.max(1, totalMb / 14);
        for (String name : aps) {
            write(src.resolve(name), apMb, random, block);
        }
        write(src.resolve("C9800-AP-iosxe-wlc.bin"), Math.max(1, totalMb - apMb * aps.size()), random, block);
        Files.writeString(src.resolve("version.info"), "17.9.4.27\n");
        Files.writeString(src.resolve("controller_version.info"), "17.9.4.27\n");
        exec(tmp, "zip", "-q", "-0", "-r", "bundle.zip", src.getFileName().toString());
        long bytes = Files.size(tmp.resolve("bundle.zip"));

        long best = Long.MAX_VALUE;
        long bestRef = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Path out = Files.createDirectories(tmp.resolve("ref" + i));
            long t0 = System.nanoTime();
            exec(out, "unzip", "-q", tmp.resolve("bundle.zip").toString());
            exec(out.resolve(src.getFileName()), "sh", "-c", "sha256sum * > /dev/null");
            bestRef = Math.min(bestRef, System.nanoTime() - t0);

            ImageRepository repo =
                    new ImageRepository(tmp.resolve("repo" + i), "EWC", new BundleInspector(ApImageCatalog.builtIn()));
            long t1 = System.nanoTime();
            BundleManifest m =
                    repo.importBundle(tmp.resolve("bundle.zip"), ImportOptions.defaults(), new ImportProgress());
            best = Math.min(best, System.nanoTime() - t1);
            assertThat(m.files()).hasSize(10);
            exec(tmp, "rm", "-rf", out.toString(), tmp.resolve("repo" + i).toString());
        }
        double ours = best / 1e9;
        double ref = bestRef / 1e9;
        LOG.info(String.format(
                Locale.ROOT,
                "BENCH repository-import: %d MB zip; EWC Station import %.2f s (%.0f MB/s); unzip+sha256sum %.2f s (%.0f MB/s); ratio ours/ref %.2f",
                bytes >> 20,
                ours,
                (bytes >> 20) / ours,
                ref,
                (bytes >> 20) / ref,
                ours / ref));
    }

    private static void write(Path file, int mb, Random random, byte[] block) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < mb; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
    }

    private static void exec(Path dir, String... cmd) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(cmd)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("install " + cmd[0], e);
        }
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd)).isZero();
    }
}
