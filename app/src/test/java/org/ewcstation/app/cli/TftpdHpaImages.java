package org.ewcstation.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.awaitility.Awaitility;
import org.ewcstation.testsupport.Peers;

/**
 * tftpd-hpa, the reference server, on a free loopback port, serving a small bundle at {@code EWC/17_12_1}: the
 * simulated controller's APs fetch their images from it. Ready when a real TFTP client has read a probe file from it.
 */
final class TftpdHpaImages implements AutoCloseable {

    static final List<String> IMAGES = List.of("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3");

    private final Process process;
    private final int port;

    TftpdHpaImages(Path dir) throws IOException {
        Path root = dir.resolve("tftp");
        Path images = Files.createDirectories(root.resolve("EWC/17_12_1"));
        for (String t : IMAGES) {
            Files.write(images.resolve(t), new byte[200_000 + t.length()]);
        }
        Files.writeString(root.resolve("probe.txt"), "ready");
        Peers.require("tftpd-hpa", "/usr/sbin/in.tftpd");
        this.port = CliProcess.freeUdpPort();
        this.process = new ProcessBuilder(
                        "/usr/sbin/in.tftpd",
                        "--listen",
                        "--foreground",
                        "--address",
                        "127.0.0.1:" + port,
                        "--user",
                        "root",
                        "--secure",
                        root.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("tftpd.log").toFile())
                .start();
        Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(this::answers);
    }

    int port() {
        return port;
    }

    private boolean answers() throws IOException {
        var c = new TFTPClient();
        c.open();
        try {
            var out = new ByteArrayOutputStream();
            c.receiveFile("probe.txt", TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), port);
            return out.size() == 5;
        } finally {
            c.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
