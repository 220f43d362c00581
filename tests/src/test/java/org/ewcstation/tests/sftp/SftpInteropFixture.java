package org.ewcstation.tests.sftp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.servers.ServerStartException;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.sftp.SftpServer;
import org.ewcstation.servers.sftp.SftpServerInfo;
import org.ewcstation.servers.sftp.SftpSettings;
import org.slf4j.LoggerFactory;

/**
 * Our SFTP server on 127.0.0.1 and a free port, serving a scratch repository, with the OpenSSH and curl
 * command lines the tests use. Passwords reach the clients through the environment (sshpass -e) or
 * stdin (curl -K -), never through the command line that {@code ps} shows.
 */
final class SftpInteropFixture implements AutoCloseable {

    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

    final Path root;
    final Path secret;
    final List<TransferEvent> events = new CopyOnWriteArrayList<>();
    final SftpServer server;
    final SftpServerInfo info;

    SftpInteropFixture(Path scratch, Path hostKeys, Duration failureDelay) throws IOException, ServerStartException {
        // MINA's debug logging of every packet would slow a 100 MiB transfer down and fill the report
        ((Logger) LoggerFactory.getLogger("org.apache.sshd")).setLevel(Level.INFO);
        ExternalCommand.require("sftp", "openssh-client");
        ExternalCommand.require("ssh", "openssh-client");
        ExternalCommand.require("sshpass", "sshpass");
        ExternalCommand.require("curl", "curl");
        root = Files.createDirectories(scratch.resolve("repo"));
        secret = Files.writeString(scratch.resolve("secret.txt"), "laptop secret");
        Files.createSymbolicLink(root.resolve("escape"), secret);
        Files.createDirectories(root.resolve("EWC/17_9_4a"));
        Files.writeString(root.resolve("EWC/17_9_4a/version.info"), "17.9.4a\n");
        SftpSettings settings = SftpSettings.defaults(root, hostKeys)
                .withBind("127.0.0.1", 0)
                .withLimits(failureDelay, 2, 4, Duration.ofMinutes(2));
        server = new SftpServer(settings, events::add, new TransferRegistry(), new SecureRandom());
        info = server.start();
    }

    int port() {
        return info.address().getPort();
    }

    String target() {
        return info.credentials().user() + "@127.0.0.1";
    }

    static List<String> sshOptions() {
        return List.of(
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null",
                "-o",
                "LogLevel=ERROR",
                "-o",
                "PreferredAuthentications=password",
                "-o",
                "PubkeyAuthentication=no",
                "-o",
                "BatchMode=no");
    }

    /** {@code sftp -b -} with the batch on stdin; {@code extra} goes before the host (e.g. {@code -c cipher}). */
    ExternalCommand.Result sftpBatch(String password, String batch, String... extra) throws Exception {
        // the options come before -b: sftp's -b adds BatchMode=yes (no password prompt), and ssh keeps the first value
        List<String> cmd = new ArrayList<>(List.of("sshpass", "-e", "sftp"));
        cmd.addAll(sshOptions());
        cmd.addAll(List.of("-b", "-", "-P", String.valueOf(port())));
        cmd.addAll(List.of(extra));
        cmd.add(target());
        return ExternalCommand.run(CLIENT_TIMEOUT, Map.of("SSHPASS", password), batch, cmd);
    }

    /**
     * sftp answering every password prompt through SSH_ASKPASS, as a person retyping would: unlike sshpass,
     * which gives up after the first refusal, this lets OpenSSH try as often as it is allowed (3 by default).
     */
    ExternalCommand.Result sftpRetyping(Path scratch, String password, String batch) throws Exception {
        Path askpass = scratch.resolve("askpass.sh");
        Files.writeString(askpass, "#!/bin/sh\nprintf '%s\\n' \"$EWC_TEST_PASSWORD\"\n");
        askpass.toFile().setExecutable(true);
        List<String> cmd = new ArrayList<>(List.of("sftp"));
        cmd.addAll(sshOptions());
        cmd.addAll(List.of("-o", "NumberOfPasswordPrompts=3", "-b", "-", "-P", String.valueOf(port()), target()));
        return ExternalCommand.run(
                CLIENT_TIMEOUT,
                Map.of(
                        "SSH_ASKPASS",
                        askpass.toString(),
                        "SSH_ASKPASS_REQUIRE",
                        "force",
                        "DISPLAY",
                        ":0",
                        "EWC_TEST_PASSWORD",
                        password),
                batch,
                cmd);
    }

    ExternalCommand.Result ssh(String password, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sshpass", "-e", "ssh", "-p", String.valueOf(port())));
        cmd.addAll(sshOptions());
        cmd.add(target());
        cmd.addAll(List.of(args));
        return ExternalCommand.run(CLIENT_TIMEOUT, Map.of("SSHPASS", password), null, cmd);
    }

    ExternalCommand.Result curl(String remotePath, Path out) throws Exception {
        String config = "user = \"" + info.credentials().user() + ":"
                + info.credentials().password() + "\"\n";
        return ExternalCommand.run(
                CLIENT_TIMEOUT,
                Map.of(),
                config,
                List.of(
                        "curl",
                        "-sS",
                        "-k",
                        "-K",
                        "-",
                        "sftp://127.0.0.1:" + port() + remotePath,
                        "-o",
                        out.toString()));
    }

    <T extends TransferEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A file of random bytes (so no layer can compress it away), written in 1 MiB blocks. */
    static Path randomFile(Path file, int mebibytes) throws IOException {
        Random random = new Random(42);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < mebibytes; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        return file;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
