package org.ewcstation.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.ewcstation.simulator.SimulatorSettings.Dialect;
import org.ewcstation.simulator.network.BundleCatalogAccess;
import org.ewcstation.simulator.network.FetchedImage;
import org.ewcstation.simulator.network.TftpImageFetcher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pre-download from a real tftpd-hpa: plain RFC 1350, with blksize, and block-number rollover. */
@Tag("interop")
class PredownloadTftpInteropTest {

    @TempDir
    Path tmp;

    private void fullPredownload(int blockSize) throws Exception {
        Path root = tmp.resolve("tftproot");
        Path bundle = Images.bundle(root.resolve("EWC/17_9_4a"));
        try (Tftpd tftpd = new Tftpd(root);
                SimulatedEwc ewc = SimulatedEwc.builder()
                        .dialect(Dialect.AP_IMAGE)
                        .capwapPort(-1)
                        .tftpPort(tftpd.port())
                        .tftpBlockSize(blockSize)
                        .bundleDir(bundle)
                        .linkBytesPerSecond(2_000_000)
                        .ownImageSize(200_000)
                        .transferTimeout(Duration.ofSeconds(1))
                        .start();
                SshCli c = SshCli.enabled(ewc)) {
            c.cfg("configure terminal");
            c.cfg("wireless profile image-download default");
            c.cfg("image-download-mode tftp");
            c.cfg("tftp-image-server 127.0.0.1");
            c.cfg("tftp-image-path /EWC/17_9_4a");
            c.priv("end");
            c.priv("ap image predownload");
            await().pollInSameThread()
                    .atMost(SshCli.WAIT)
                    .until(() -> c.priv("show ap image").contains("Completed predownloading   : 7"));
            String log = c.priv("show logging");
            assertThat(log)
                    .contains("Completed install add tftp://127.0.0.1/EWC/17_9_4a/ap3g3")
                    .contains("Completed install add tftp://127.0.0.1/EWC/17_9_4a/ap1g8")
                    .doesNotContain("OPERATION_ERROR")
                    .doesNotContain("/ap1g7");
            assertThat(c.priv("show wireless ewc-ap ap image predownload status"))
                    .containsPattern("AP-1815-ROOM +ap1g5 +Complete +100% +200000 +200000 +N/A +0 +N/A");
        }
    }

    @Test
    void plainTftpPredownload() throws Exception {
        fullPredownload(0);
    }

    @Test
    void blksizeTftpPredownload() throws Exception {
        fullPredownload(1468);
    }

    @Test
    void rollsTheBlockNumberOverPast65535() throws Exception {
        Path root = tmp.resolve("big");
        Files.createDirectories(root);
        byte[] chunk = new byte[1 << 20];
        new Random(7).nextBytes(chunk);
        Path big = root.resolve("ap3g3");
        try (var out = Files.newOutputStream(big)) {
            for (int i = 0; i < 33; i++) {
                out.write(chunk);
            }
            out.write(chunk, 0, 200_000);
        }
        FetchedImage expected = hash(big);
        try (Tftpd tftpd = new Tftpd(root)) {
            FetchedImage got = new TftpImageFetcher(
                            InetAddress.getLoopbackAddress(),
                            new InetSocketAddress("127.0.0.1", tftpd.port()),
                            Duration.ofSeconds(1),
                            3,
                            0,
                            false)
                    .fetch("ap3g3", tmp.resolve("out.img"));
            assertThat(got.size()).isEqualTo(expected.size()).isGreaterThan(65_535L * 512);
            assertThat(got.sha256()).isEqualTo(expected.sha256());
        }
    }

    private static FetchedImage hash(Path f) throws IOException {
        return BundleCatalogAccess.hash(f);
    }
}
