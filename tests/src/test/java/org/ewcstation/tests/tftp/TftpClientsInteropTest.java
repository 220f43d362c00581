package org.ewcstation.tests.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.tftp.TftpSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads from our server with the clients technicians and devices use (curl, tftp-hpa, atftp,
 * busybox), compared by SHA-256. One 80 MiB file covers block-number rollover at 512 bytes
 * (163,840 blocks) and the large blksize; the others are smaller where size is not the point.
 */
@Tag("interop")
class TftpClientsInteropTest {

    static final long BIG = 80L << 20;
    static final long MEDIUM = 16L << 20;

    @TempDir
    static Path dir;

    static TftpFixture tftp;
    static Path big;
    static Path medium;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(dir.resolve("root"));
        tftp = new TftpFixture(dir.resolve("root"), s -> s.withMaxBlockSize(TftpSettings.MAX_BLOCK_SIZE));
        big = tftp.randomFile("images/ap1g7", BIG);
        medium = tftp.randomFile("images/ap1g6a", MEDIUM);
    }

    @AfterAll
    static void stop() {
        tftp.close();
    }

    String port() {
        return Integer.toString(tftp.port());
    }

    TransferEvent.Completed completedFor(String file, Predicate<TransferEvent.Completed> extra) {
        await().until(() -> tftp.of(TransferEvent.Completed.class).stream()
                .anyMatch(c -> c.file().equals(file) && extra.test(c)));
        return tftp.of(TransferEvent.Completed.class).stream()
                .filter(c -> c.file().equals(file) && extra.test(c))
                .findFirst()
                .orElseThrow();
    }

    TransferEvent.Started startedFor(long id) {
        return tftp.of(TransferEvent.Started.class).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void curlAt512BytesRollsOverPast65535Blocks() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        Path out = dir.resolve("curl-512.bin");
        var r = ExternalTool.run(
                dir,
                180,
                List.of(
                        curl,
                        "-sS",
                        "--tftp-blksize",
                        "512",
                        "-o",
                        out.toString(),
                        "tftp://127.0.0.1:" + port() + "/images/ap1g7"));
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(TftpFixture.sha256(out)).isEqualTo(TftpFixture.sha256(big));
        TransferEvent.Completed done = completedFor("images/ap1g7", c -> c.bytes() == BIG);
        assertThat(startedFor(done.id()).options())
                .containsEntry("blksize", "512")
                .containsEntry("tsize", Long.toString(BIG));
    }

    @Test
    void curlAt8192() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        Path out = dir.resolve("curl-8192.bin");
        var r = ExternalTool.run(
                dir,
                120,
                List.of(
                        curl,
                        "-sS",
                        "--tftp-blksize",
                        "8192",
                        "-o",
                        out.toString(),
                        "tftp://127.0.0.1:" + port() + "/images/ap1g7"));
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(TftpFixture.sha256(out)).isEqualTo(TftpFixture.sha256(big));
    }

    @Test
    void busyboxAt1468() throws Exception {
        String busybox = ExternalTool.require("busybox", "busybox");
        Path out = dir.resolve("busybox-1468.bin");
        var r = ExternalTool.run(
                dir,
                120,
                List.of(
                        busybox,
                        "tftp",
                        "-g",
                        "-r",
                        "images/ap1g6a",
                        "-l",
                        out.toString(),
                        "-b",
                        "1468",
                        "127.0.0.1",
                        port()));
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(TftpFixture.sha256(out)).isEqualTo(TftpFixture.sha256(medium));
    }

    @Test
    void atftpWithWindowsize8And16() throws Exception {
        String atftp = ExternalTool.require("atftp", "atftp");
        for (String window : List.of("8", "16")) {
            Path out = dir.resolve("atftp-w" + window + ".bin");
            var r = ExternalTool.run(
                    dir,
                    120,
                    List.of(
                            atftp,
                            "--get",
                            "-r",
                            "images/ap1g6a",
                            "-l",
                            out.toString(),
                            "--option",
                            "blksize 1468",
                            "--option",
                            "windowsize " + window,
                            "127.0.0.1",
                            port()));
            assertThat(r.exitCode()).as(r.all()).isZero();
            assertThat(TftpFixture.sha256(out)).as("windowsize " + window).isEqualTo(TftpFixture.sha256(medium));
            await().until(() -> tftp.of(TransferEvent.Started.class).stream()
                    .anyMatch(s -> window.equals(s.options().get("windowsize"))));
        }
    }

    @Test
    void tftpHpaWithoutOptionsGetsPlainRfc1350() throws Exception {
        String tftpHpa = ExternalTool.require("tftp", "tftp-hpa");
        Path small = tftp.randomFile("small.bin", 2_000_000);
        Path out = dir.resolve("hpa.bin");
        var r = ExternalTool.run(
                dir,
                60,
                List.of(tftpHpa, "-m", "octet", "127.0.0.1", port(), "-c", "get", "small.bin", out.toString()));
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(TftpFixture.sha256(out)).isEqualTo(TftpFixture.sha256(small));
        TransferEvent.Completed done = completedFor("small.bin", c -> true);
        assertThat(startedFor(done.id()).options()).isEmpty();
    }

    @Test
    void netasciiRoundTripsATextFile() throws Exception {
        String tftpHpa = ExternalTool.require("tftp", "tftp-hpa");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("line ").append(i).append(i % 7 == 0 ? "\r\n" : "\n").append(i % 11 == 0 ? "bare\rcr\n" : "");
        }
        Files.writeString(tftp.root.resolve("version.info"), text, StandardCharsets.US_ASCII);
        Path out = dir.resolve("version.info");
        var r = ExternalTool.run(
                dir,
                60,
                List.of(tftpHpa, "-m", "netascii", "127.0.0.1", port(), "-c", "get", "version.info", out.toString()));
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(Files.readString(out, StandardCharsets.US_ASCII)).isEqualTo(text.toString());
    }

    @Test
    void tsizeIsReportedToTheClient() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        Path small = tftp.randomFile("tsize.bin", 123_457);
        var r = ExternalTool.run(
                dir,
                60,
                List.of(
                        curl,
                        "-v",
                        "-o",
                        dir.resolve("tsize.out").toString(),
                        "tftp://127.0.0.1:" + port() + "/tsize.bin"));
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.stderr()).contains("got option=(tsize) value=(123457)");
        assertThat(Files.size(dir.resolve("tsize.out"))).isEqualTo(Files.size(small));
    }
}
