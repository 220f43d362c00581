package org.ewcstation.tests.ui;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ewcstation.testsupport.Peers;

/**
 * The image servers a technician already runs, started for real on 127.0.0.1 and a free port: tftpd-hpa rooted in a
 * folder, and OpenSSH's sshd with internal-sftp and password login for a throwaway system user whose home is the
 * folder (so the profile path is the path as that server sees it). Each stops its own process; the user is deleted.
 * Fails, never skips, when a package is missing.
 */
final class ThirdPartyServers {

    /** A started server: where it listens, the account (SFTP), and how to stop it. */
    record Running(int port, String user, String password, AutoCloseable stop) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            stop.close();
        }
    }

    private ThirdPartyServers() {}

    static Running tftpdHpa(Path root, Path log) throws IOException {
        require("/usr/sbin/in.tftpd", "tftpd-hpa");
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Process p = new ProcessBuilder(
                        "/usr/sbin/in.tftpd",
                        "--listen",
                        "--foreground",
                        "--address",
                        "127.0.0.1:" + port,
                        "--user",
                        "root",
                        "--secure",
                        "--verbose",
                        root.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Running(port, "", "", () -> stop(p));
    }

    /** sshd for a new system user whose home is {@code root}; every folder up to it is opened for reading. */
    static Running sshd(Path root, Path scratch) throws Exception {
        require("/usr/sbin/sshd", "openssh-server");
        require("/usr/bin/ssh-keygen", "openssh-client");
        require("/usr/sbin/useradd", "passwd");
        String user = "ewcsftp" + HexFormat.of().toHexDigits((short) new SecureRandom().nextInt());
        String password = "Sftp-" + HexFormat.of().toHexDigits(new SecureRandom().nextLong());
        run(List.of(
                "/usr/sbin/useradd", "--no-create-home", "--home-dir", root.toString(), "--shell", "/bin/sh", user));
        run(List.of("/usr/sbin/chpasswd"), user + ":" + password + "\n");
        for (Path p = root; p != null && p.startsWith(scratch); p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path key = scratch.resolve("sshd_host_ecdsa");
        run(List.of("/usr/bin/ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-f", key.toString()));
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path config = Files.writeString(
                scratch.resolve("sshd_config"),
                String.join(
                        "\n",
                        "Port " + port,
                        "ListenAddress 127.0.0.1",
                        "HostKey " + key,
                        "PidFile " + scratch.resolve("sshd.pid"),
                        "PasswordAuthentication yes",
                        "KbdInteractiveAuthentication no",
                        "PubkeyAuthentication no",
                        "UsePAM no",
                        "PermitRootLogin no",
                        "StrictModes no",
                        "AllowUsers " + user,
                        "Subsystem sftp internal-sftp",
                        "ForceCommand internal-sftp",
                        ""));
        Files.createDirectories(Path.of("/run/sshd"));
        Process p = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("sshd.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return s.getInputStream().read() == 'S'; // "SSH-2.0-OpenSSH..."
            }
        });
        return new Running(port, user, password, () -> {
            stop(p);
            run(List.of("/usr/sbin/userdel", user));
        });
    }

    private static void require(String binary, String pkg) {
        Peers.require(pkg, binary);
    }

    private static void run(List<String> command) throws Exception {
        run(command, null);
    }

    private static void run(List<String> command, String stdin) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.US_ASCII));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.getFirst() + " failed: " + out);
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }
}
