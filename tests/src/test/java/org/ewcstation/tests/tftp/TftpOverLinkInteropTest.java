package org.ewcstation.tests.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ewcstation.tests.link.LinkEmulator;
import org.ewcstation.tests.link.LinkProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real clients fetching from our server through the link emulator: loss, duplication and reordering
 * that loopback never shows. Sizes are small so the whole class takes seconds; the time it takes over
 * a lossy link is compared with what a fixed one-second timeout would have cost (one second per lost
 * packet, counted at the link), and the DATA the server sent is counted there too.
 */
@Tag("interop")
class TftpOverLinkInteropTest {

    static final Duration LINK_LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    TftpFixture tftp;
    LinkEmulator link;

    @BeforeEach
    void start() throws IOException {
        tftp = new TftpFixture(Files.createDirectories(dir.resolve("root")), s -> s);
    }

    @AfterEach
    void stop() {
        if (link != null) {
            link.close();
        }
        tftp.close();
    }

    String linkPort(LinkProfile profile) throws IOException {
        link = LinkEmulator.start(new InetSocketAddress("127.0.0.1", tftp.port()), profile, LINK_LIMIT, 2_000_000);
        return Integer.toString(link.address().getPort());
    }

    /** Runs the client, checks the bytes, returns the wall time in seconds. */
    double fetch(Path image, Path out, List<String> command) throws Exception {
        long t0 = System.nanoTime();
        var r = ExternalTool.run(dir, 100, command);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(TftpFixture.sha256(out)).isEqualTo(TftpFixture.sha256(image));
        return seconds;
    }

    @Test
    void curlOverALossyLinkLosesMillisecondsPerLostPacketNotSeconds() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        Path image = tftp.randomFile("ap1g7", 2L << 20); // 1429 blocks of 1468 bytes
        Path out = dir.resolve("curl.bin");
        String port = linkPort(LinkProfile.rtt(Duration.ofMillis(2))
                .withJitter(Duration.ofNanos(200_000))
                .withLoss(0.02)
                .withSeed(7));
        double seconds = fetch(
                image,
                out,
                List.of(
                        curl,
                        "-sS",
                        "--tftp-blksize",
                        "1468",
                        "-o",
                        out.toString(),
                        "tftp://127.0.0.1:" + port + "/ap1g7"));
        long lost = link.toClient().dropped() + link.toServer().dropped();
        assertThat(lost).as("the seed loses packets both ways").isGreaterThan(30);
        // a fixed 1 s timeout spends `lost` seconds waiting alone; the adaptive one a few ms per loss
        assertThat(seconds).as("%d packets lost", lost).isLessThan(lost / 3.0);
    }

    @Test
    void duplicateAcksDoNotDoubleTheDataSent() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        Path image = tftp.randomFile("ap3g3", 512L * 1024); // 358 blocks
        Path out = dir.resolve("dup.bin");
        String port = linkPort(
                LinkProfile.rtt(Duration.ofMillis(10)).withDuplicate(0.5).withSeed(3));
        fetch(
                image,
                out,
                List.of(
                        curl,
                        "-sS",
                        "--tftp-blksize",
                        "1468",
                        "-o",
                        out.toString(),
                        "tftp://127.0.0.1:" + port + "/ap3g3"));
        long blocks = 512L * 1024 / 1468 + 1;
        // half the DATA arrives twice and curl ACKs each copy (1.5 ACKs per block), and half the ACKs are
        // doubled on the way back: the server gets about 2.25 ACKs per block. Answering each (the Sorcerer's
        // Apprentice) would send as many DATA; ignoring duplicates sends each block once, plus the odd timeout.
        assertThat(link.toServer().acks()).isGreaterThan(blocks * 13 / 10);
        assertThat(link.toServer().delivered()).isGreaterThan(blocks * 2);
        assertThat(link.toClient().data()).isBetween(blocks, blocks + blocks / 10);
    }

    @Test
    void atftpWindowsize16RecoversFromLossAndReordering() throws Exception {
        String atftp = ExternalTool.require("atftp", "atftp");
        Path image = tftp.randomFile("ap1g6a", 4L << 20);
        Path out = dir.resolve("atftp.bin");
        String port = linkPort(LinkProfile.rtt(Duration.ofMillis(2))
                .withLoss(0.01)
                .withReorder(0.01)
                .withSeed(11));
        fetch(
                image,
                out,
                List.of(
                        atftp,
                        "--get",
                        "-r",
                        "ap1g6a",
                        "-l",
                        out.toString(),
                        "--option",
                        "blksize 1468",
                        "--option",
                        "windowsize 16",
                        "127.0.0.1",
                        port));
        assertThat(link.toClient().dropped() + link.toServer().dropped()).isPositive();
        assertThat(link.toClient().reordered()).isPositive();
    }

    @Test
    void tftpHpaLockStepOverALossyJitteryLink() throws Exception {
        String tftpHpa = ExternalTool.require("tftp", "tftp-hpa");
        Path image = tftp.randomFile("ap1g4", 1L << 20); // 2049 blocks of 512 bytes
        Path out = dir.resolve("hpa.bin");
        String port = linkPort(LinkProfile.rtt(Duration.ofMillis(1))
                .withJitter(Duration.ofNanos(400_000))
                .withLoss(0.01)
                .withDuplicate(0.01)
                .withSeed(5));
        fetch(image, out, List.of(tftpHpa, "-m", "octet", "127.0.0.1", port, "-c", "get", "ap1g4", out.toString()));
        assertThat(link.toClient().dropped() + link.toServer().dropped()).isPositive();
    }
}
