package org.ewcstation.simulator;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.ewcstation.testsupport.Peers;

/**
 * tftpd-hpa (the real third-party server) on a loopback high port, serving {@code root}. Fails, not
 * skips, when it is missing.
 */
final class Tftpd implements AutoCloseable {

    private static final Path BIN = Path.of("/usr/sbin/in.tftpd");

    private final Process process;
    private final int port;

    Tftpd(Path root) throws IOException {
        Peers.require("tftpd-hpa", BIN.toString());
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = probe.getLocalPort();
        }
        Files.writeString(root.resolve("probe.txt"), "ok");
        process = new ProcessBuilder(
                        BIN.toString(),
                        "--listen",
                        "--foreground",
                        "--address",
                        "127.0.0.1:" + port,
                        "--user",
                        "root",
                        "--secure",
                        root.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(this::answers);
        } catch (RuntimeException | Error e) {
            process.destroy();
            throw e;
        }
    }

    private boolean answers() throws IOException {
        TFTPClient c = new TFTPClient();
        c.setDefaultTimeout(Duration.ofMillis(200));
        c.setMaxTimeouts(1);
        c.open();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.receiveFile("probe.txt", TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), port);
            return out.toString().equals("ok");
        } finally {
            c.close();
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
