package org.ewcstation.services.ewc.testing;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.ewcstation.testsupport.Peers;

/**
 * The real tftpd-hpa server on a loopback high port, rooted (--secure) in {@code root}; stopped by its own
 * process handle. Fails (never skips) when the package is missing.
 */
public final class TftpdHpa implements AutoCloseable {

    public static final String BINARY = "/usr/sbin/in.tftpd";

    private final Process process;
    private final int port;

    public TftpdHpa(Path root) throws IOException {
        Peers.require("tftpd-hpa", BINARY);
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Files.writeString(root.resolve("probe.txt"), "ready");
        process = new ProcessBuilder(
                        BINARY,
                        "--listen",
                        "--foreground",
                        "--address",
                        "127.0.0.1:" + port,
                        "--user",
                        "root",
                        "--secure",
                        root.toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolveSibling("tftpd.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(this::answers);
    }

    private boolean answers() throws IOException {
        TFTPClient c = new TFTPClient();
        c.setDefaultTimeout(Duration.ofMillis(500));
        c.open();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.receiveFile("probe.txt", TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), port);
            return out.toString().equals("ready");
        } finally {
            c.close();
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
