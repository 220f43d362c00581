package org.ewcstation.tests.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.FailureReason;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.net.PeerLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile names, writes, missing files, vanished and concurrent clients, and junk, with real clients. */
@Tag("interop")
class TftpRobustnessInteropTest {

    /** Another host on the LAN, as Linux routes all of 127/8 to the loopback interface. */
    private static final InetAddress JUNK_ADDRESS = address(127, 0, 0, 2);

    @TempDir
    Path dir;

    TftpFixture tftp;
    Path root;

    @BeforeEach
    void start() throws IOException {
        root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link-out"), dir.resolve("secret.txt"));
        tftp = new TftpFixture(root, s -> s.withTimeout(Duration.ofMillis(300), 2));
    }

    @AfterEach
    void stop() {
        tftp.close();
    }

    String port() {
        return Integer.toString(tftp.port());
    }

    @Test
    void traversalCorpusIsRefusedToARealClient() throws Exception {
        String tftpHpa = ExternalTool.require("tftp", "tftp-hpa");
        List<String> corpus = List.of(
                "../secret.txt",
                "/../secret.txt",
                "..\\secret.txt",
                "a/../../secret.txt",
                "%2e%2e/secret.txt",
                "..%2fsecret.txt",
                "link-out",
                "\\..\\..\\secret.txt");
        for (String name : corpus) {
            Path out = dir.resolve("stolen");
            Files.deleteIfExists(out);
            // -l: literal names, so tftp-hpa does not read "host:file" into a name
            var r = ExternalTool.run(
                    dir,
                    30,
                    List.of(tftpHpa, "-l", "-m", "octet", "127.0.0.1", port(), "-c", "get", name, out.toString()));
            assertThat(r.all()).as(name).contains("Error code 2");
            assertThat(out.toFile().exists() && Files.readString(out).contains("secret"))
                    .as(name)
                    .isFalse();
        }
        await().untilAsserted(() -> assertThat(
                        tftp.of(TransferEvent.Refused.class).stream().map(TransferEvent.Refused::requestedPath))
                .containsExactlyInAnyOrderElementsOf(corpus));
        assertThat(tftp.of(TransferEvent.Refused.class)).allMatch(r -> r.reason() == RefusalReason.OUTSIDE_ROOT);
    }

    @Test
    void writeRequestIsRefusedWithError2() throws Exception {
        String tftpHpa = ExternalTool.require("tftp", "tftp-hpa");
        Path upload = Files.writeString(dir.resolve("upload.bin"), "overwrite attempt");
        var r = ExternalTool.run(
                dir, 30, List.of(tftpHpa, "127.0.0.1", port(), "-c", "put", upload.toString(), "upload.bin"));
        assertThat(r.all()).contains("Error code 2");
        assertThat(root.resolve("upload.bin")).doesNotExist();
        await().until(() -> tftp.of(TransferEvent.Refused.class).size() == 1);
        assertThat(tftp.of(TransferEvent.Refused.class).getFirst().reason()).isEqualTo(RefusalReason.READ_ONLY);
    }

    @Test
    void missingFileIsError1AndTheEventNamesThePath() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        var r = ExternalTool.run(
                dir,
                30,
                List.of(
                        curl,
                        "-sS",
                        "-o",
                        dir.resolve("x").toString(),
                        "tftp://127.0.0.1:" + port() + "/ap_images/ap1g7"));
        assertThat(r.exitCode()).as(r.all()).isEqualTo(68); // curl: "TFTP: File Not Found"
        await().until(() -> tftp.of(TransferEvent.Refused.class).size() == 1);
        TransferEvent.Refused refused = tftp.of(TransferEvent.Refused.class).getFirst();
        assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_FOUND);
        assertThat(refused.requestedPath()).isEqualTo("ap_images/ap1g7");
    }

    @Test
    void clientThatStopsAnsweringIsReclaimedAfterItsTimeout() throws Exception {
        String tftpHpa = ExternalTool.require("tftp", "tftp-hpa");
        tftp.randomFile("big.bin", 64L << 20);
        Process client = ExternalTool.start(
                dir,
                List.of(
                        tftpHpa,
                        "-m",
                        "octet",
                        "127.0.0.1",
                        port(),
                        "-c",
                        "get",
                        "big.bin",
                        dir.resolve("partial.bin").toString()));
        try {
            await().until(() -> tftp.registry.snapshot().stream().anyMatch(s -> s.bytes() > 0));
            // SIGSTOP: the client's socket stays open but it never ACKs again, like an AP that hung
            new ProcessBuilder("kill", "-STOP", Long.toString(client.pid()))
                    .start()
                    .waitFor();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> tftp.of(TransferEvent.Failed.class).size() == 1);
            TransferEvent.Failed failed = tftp.of(TransferEvent.Failed.class).getFirst();
            assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT);
            assertThat(failed.bytes()).isPositive().isLessThan(64L << 20);
            assertThat(tftp.registry.activeCount()).isZero();
            assertThat(tftp.server.activeTransfers()).isZero();
        } finally {
            client.destroyForcibly();
            new ProcessBuilder("kill", "-CONT", Long.toString(client.pid()))
                    .start()
                    .waitFor();
            client.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void fiftyConcurrentClientsAllGetTheRightBytes() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        // on loopback the 50 clients share one address; on site each AP has its own, and the per-address limits
        // (8 transfers, 20 requests a second) would hold this crowd to a few slots, as they should a flood
        tftp.close();
        tftp = new TftpFixture(
                root,
                s -> s.withTimeout(Duration.ofMillis(300), 2)
                        .withPeerLimits(new PeerLimits(64, 200, 64, 8, 16, Duration.ofSeconds(30))));
        Path image = tftp.randomFile("ap1g6", 1L << 20);
        String expected = TftpFixture.sha256(image);
        List<Process> clients = new ArrayList<>();
        int[] sizes = {512, 1024, 1468};
        for (int i = 0; i < 50; i++) {
            clients.add(ExternalTool.start(
                    dir,
                    List.of(
                            curl,
                            "-sS",
                            "--tftp-blksize",
                            Integer.toString(sizes[i % 3]),
                            "-o",
                            dir.resolve("c" + i + ".bin").toString(),
                            "tftp://127.0.0.1:" + port() + "/ap1g6")));
        }
        for (Process p : clients) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        for (int i = 0; i < 50; i++) {
            assertThat(TftpFixture.sha256(dir.resolve("c" + i + ".bin")))
                    .as("client " + i)
                    .isEqualTo(expected);
        }
        await().until(() -> tftp.of(TransferEvent.Completed.class).size() == 50);
        assertThat(tftp.of(TransferEvent.Failed.class)).isEmpty();
    }

    @Test
    void malformedAndTruncatedPacketsDoNotHurtOtherTransfers() throws Exception {
        String curl = ExternalTool.require("curl", "curl");
        Path image = tftp.randomFile("ap3g3", 8L << 20);
        AtomicBoolean stop = new AtomicBoolean();
        Thread junk = Thread.ofPlatform().name("junk-sender").start(() -> sendJunk(stop));
        List<Process> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                clients.add(ExternalTool.start(
                        dir,
                        List.of(
                                curl,
                                "-sS",
                                "--tftp-blksize",
                                "1468",
                                "-o",
                                dir.resolve("m" + i + ".bin").toString(),
                                "tftp://127.0.0.1:" + port() + "/ap3g3")));
            }
            for (Process p : clients) {
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).isZero();
            }
        } finally {
            stop.set(true);
            junk.join();
        }
        for (int i = 0; i < 4; i++) {
            assertThat(TftpFixture.sha256(dir.resolve("m" + i + ".bin"))).isEqualTo(TftpFixture.sha256(image));
        }
        // the flood comes from another address: its limits hold it, the "controller's" transfers never see them
        assertThat(tftp.of(TransferEvent.Refused.class))
                .isNotEmpty()
                .allMatch(r -> r.peer().getAddress().equals(JUNK_ADDRESS))
                .allMatch(r -> r.reason() == RefusalReason.BAD_REQUEST
                        || r.reason() == RefusalReason.NOT_FOUND
                        || r.reason() == RefusalReason.PEER_LIMIT);
        assertThat(tftp.of(TransferEvent.Failed.class)).isEmpty();
    }

    private void sendJunk(AtomicBoolean stop) {
        Random random = new Random(7);
        List<byte[]> packets = List.of(
                new byte[0],
                new byte[] {0},
                new byte[] {0, 1},
                new byte[] {0, 1, 'x'},
                "\0\1ap3g3\0".getBytes(StandardCharsets.US_ASCII),
                "\0\1ap3g3\0octet\0blksize\0".getBytes(StandardCharsets.US_ASCII),
                "\0\1ap3g3\0mail\0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, 3, 0, 1, 1, 2, 3},
                new byte[] {0, 4, 0, 1},
                new byte[] {0, 5, 0, 0, 0},
                new byte[] {9, 9},
                new byte[1400]);
        try (DatagramSocket socket = new DatagramSocket(0, JUNK_ADDRESS)) {
            int sent = 0;
            while (!stop.get() || sent < packets.size()) {
                byte[] p = packets.get(sent % packets.size());
                if (sent % 13 == 12) {
                    p = new byte[1 + random.nextInt(600)];
                    random.nextBytes(p);
                }
                socket.send(new DatagramPacket(p, p.length, InetAddress.getLoopbackAddress(), tftp.port()));
                sent++;
                // answers go to this socket; reading them keeps its buffer from filling
                socket.setSoTimeout(2);
                try {
                    socket.receive(new DatagramPacket(new byte[600], 600));
                } catch (SocketTimeoutException ignored) {
                    // no answer to this one (a dropped duplicate)
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress address(int... b) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) b[0], (byte) b[1], (byte) b[2], (byte) b[3]});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
