package org.ewcstation.tests.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.sftp.SftpServer;
import org.ewcstation.servers.sftp.SftpSettings;
import org.ewcstation.testsupport.Peers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The algorithms we offer, as ssh-audit and the OpenSSH client see them. ssh-audit rates our default
 * configuration and a stock OpenSSH sshd (Debian's, default algorithms, RSA, ECDSA and Ed25519 host keys as a
 * fresh install has) started here on a loopback port: ours must have no more failures than OpenSSH. Both counts
 * are logged (the test report) and recorded in ADR 0006.
 */
@Tag("interop")
class SshAuditInteropTest {

    private static final Logger LOG = LoggerFactory.getLogger(SshAuditInteropTest.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    static Path keys;

    @TempDir
    Path scratch;

    /** What ssh-audit found: the algorithms it lists and how many failures and warnings it counted. */
    record Audit(String text, int fails, int warnings) {
        static Audit of(String text) {
            return new Audit(text, count(text, "[fail]"), count(text, "[warn]"));
        }

        boolean lists(String kind, String algorithm) {
            return Pattern.compile("^\\(" + kind + "\\) " + Pattern.quote(algorithm) + "[\\s(]", Pattern.MULTILINE)
                    .matcher(text)
                    .find();
        }

        private static int count(String text, String mark) {
            Matcher m = Pattern.compile(Pattern.quote(mark)).matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
    }

    @Test
    void ourDefaultHasNoMoreFailuresThanStockOpenSsh() throws Exception {
        ExternalCommand.require("ssh-audit", "ssh-audit");
        Audit ours;
        Audit older;
        try (SftpServer server = server(false)) {
            ours = audit(server.start().address().getPort());
        }
        try (SftpServer server = server(true)) {
            older = audit(server.start().address().getPort());
        }
        Audit openssh;
        try (StockSshd sshd = StockSshd.start(scratch.resolve("sshd"))) {
            openssh = audit(sshd.port());
        }
        LOG.info(
                "ssh-audit: EWC Station default {} fails / {} warnings; with compatibility with older controllers {}"
                        + " / {}; stock OpenSSH {} / {}",
                ours.fails(),
                ours.warnings(),
                older.fails(),
                older.warnings(),
                openssh.fails(),
                openssh.warnings());
        assertThat(openssh.text()).contains("OpenSSH");
        assertThat(ours.fails())
                .as(
                        "ssh-audit failures: ours %d (%d warnings), stock OpenSSH %d (%d warnings)%n%s",
                        ours.fails(), ours.warnings(), openssh.fails(), openssh.warnings(), ours.text())
                .isLessThanOrEqualTo(openssh.fails());
        assertThat(ours.lists("key", "rsa-sha2-512")).as(ours.text()).isTrue();
        assertThat(ours.lists("key", "rsa-sha2-256")).isTrue();
        assertThat(ours.lists("key", "ecdsa-sha2-nistp256")).isTrue();
        for (String sha1 :
                List.of("ssh-rsa", "diffie-hellman-group14-sha1", "hmac-sha1", "hmac-sha1-etm@openssh.com")) {
            assertThat(ours.text()).as(sha1).doesNotContainPattern("\\) " + Pattern.quote(sha1) + "[\\s(]");
        }
        assertThat(older.lists("key", "ssh-rsa")).as(older.text()).isTrue();
        assertThat(older.lists("kex", "diffie-hellman-group14-sha1")).isTrue();
    }

    @Test
    void openSshClientsGetSha2RsaSignaturesAndAnSshRsaOnlyClientIsToldWhy() throws Exception {
        try (SftpInteropFixture fx = new SftpInteropFixture(scratch, keys, Duration.ofMillis(200))) {
            String password = fx.info.credentials().password();
            for (String algorithm : List.of("rsa-sha2-512", "rsa-sha2-256", "ecdsa-sha2-nistp256")) {
                var ok = fx.sftpBatch(password, "pwd\n", "-o", "HostKeyAlgorithms=" + algorithm);
                assertThat(ok.exit()).as(algorithm + ": " + ok.all()).isZero();
            }
            var refused = fx.sftpBatch(password, "pwd\n", "-o", "HostKeyAlgorithms=ssh-rsa");
            // the server gives up on the key exchange first, so the client only sees the connection close
            assertThat(refused.exit()).as(refused.all()).isNotZero();
            await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.Refused.class))
                    .anySatisfy(r -> {
                        assertThat(r.reason()).isEqualTo(RefusalReason.OLDER_CLIENT);
                        assertThat(r.detail()).contains("ssh-rsa");
                    }));
        }
    }

    private SftpServer server(boolean olderControllers) throws IOException {
        Path root = Files.createDirectories(scratch.resolve("repo"));
        SftpSettings settings =
                SftpSettings.defaults(root, keys).withBind("127.0.0.1", 0).withOlderControllers(olderControllers);
        return new SftpServer(settings, e -> {}, new TransferRegistry(), new SecureRandom());
    }

    private Audit audit(int port) throws Exception {
        // -n: no colours; exit 3 only says that failures were found, which both servers have
        var r = ExternalCommand.run(
                TIMEOUT,
                Map.of(),
                null,
                List.of("ssh-audit", "-n", "-t", "20", "-p", String.valueOf(port), "127.0.0.1"));
        assertThat(r.out()).as(r.all()).contains("# key exchange algorithms", "# host-key algorithms");
        return Audit.of(r.out());
    }

    /**
     * Debian's sshd with its default algorithms on a free loopback port, as tests/bench/sftp-vs-openssh.sh
     * starts it; stopped by its own process handle.
     */
    record StockSshd(Process process, int port, boolean madeRunDir) implements AutoCloseable {

        static StockSshd start(Path dir) throws Exception {
            Files.createDirectories(dir);
            StringBuilder config = new StringBuilder();
            for (String type : List.of("rsa", "ecdsa", "ed25519")) {
                Path key = dir.resolve("host_" + type);
                var r = ExternalCommand.run(
                        TIMEOUT,
                        Map.of(),
                        null,
                        List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-f", key.toString()));
                assertThat(r.exit()).as(r.all()).isZero();
                config.append("HostKey ").append(key).append('\n');
            }
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            config.append("Port ")
                    .append(port)
                    .append("\nListenAddress 127.0.0.1\n")
                    .append("PidFile ")
                    .append(dir.resolve("sshd.pid"))
                    .append('\n')
                    .append("UsePAM no\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n")
                    .append("Subsystem sftp internal-sftp\n");
            Path file = Files.writeString(dir.resolve("sshd_config"), config);
            Path runDir = Path.of("/run/sshd"); // privilege separation directory Debian's sshd insists on
            boolean made = !Files.isDirectory(runDir);
            if (made) {
                Files.createDirectories(runDir);
            }
            String sshd = Peers.require("openssh-server", "sshd");
            Process p = new ProcessBuilder(sshd, "-D", "-e", "-f", file.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("sshd.log").toFile())
                    .start();
            StockSshd started = new StockSshd(p, port, made);
            await().atMost(Duration.ofSeconds(30)).until(() -> accepts(port) || !p.isAlive());
            assertThat(p.isAlive())
                    .as(Files.readString(dir.resolve("sshd.log")))
                    .isTrue();
            return started;
        }

        private static boolean accepts(int port) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            if (madeRunDir) {
                Files.deleteIfExists(Path.of("/run/sshd"));
            }
        }
    }
}
