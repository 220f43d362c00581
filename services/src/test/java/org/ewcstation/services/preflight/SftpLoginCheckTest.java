package org.ewcstation.services.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.ewcstation.services.preflight.PreflightInput.SftpSelfTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real MINA SSHD SFTP server on loopback, port 0 (a plain one, so this check is tested apart from
 * the project's own read-only server).
 */
class SftpLoginCheckTest {

    @TempDir
    Path root;

    SshServer server;
    final SftpLoginCheck check = new SftpLoginCheck(Duration.ofSeconds(10));

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(root.resolve("EWC/17_12_1"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        server.setPasswordAuthenticator((u, p, s) -> "ewc-upgrade".equals(u) && "s3cret-Pass".equals(p));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder().build()));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(true);
    }

    @Test
    void theProfilesCredentialsAndPathWork() {
        SftpSelfTest ok = check.check("127.0.0.1", server.getPort(), "ewc-upgrade", "s3cret-Pass", "/EWC/17_12_1");
        assertThat(ok).isEqualTo(new SftpSelfTest(true, ""));
        assertThat(check.check("localhost", server.getPort(), "ewc-upgrade", "s3cret-Pass", "EWC/17_12_1")
                        .ok())
                .isTrue();
    }

    @Test
    void eachFailureHasItsCode() throws Exception {
        assertThat(check.check("127.0.0.1", server.getPort(), "ewc-upgrade", "wrong", "/EWC/17_12_1")
                        .failure())
                .isEqualTo(SftpLoginCheck.AUTH);
        assertThat(check.check("127.0.0.1", server.getPort(), "ewc-upgrade", "s3cret-Pass", "/Wrong-Path")
                        .failure())
                .isEqualTo(SftpLoginCheck.PATH);
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertThat(check.check("127.0.0.1", closed, "ewc-upgrade", "s3cret-Pass", "/")
                        .failure())
                .isEqualTo(SftpLoginCheck.REFUSED);
        // a port that accepts TCP but never speaks SSH
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SftpSelfTest t =
                    new SftpLoginCheck(Duration.ofMillis(500)).check("127.0.0.1", silent.getLocalPort(), "u", "p", "/");
            assertThat(t.failure()).isEqualTo(SftpLoginCheck.TIMEOUT);
        }
    }

    @Test
    void neverSendsThePasswordOffThisMachine() {
        assertThatThrownBy(() -> check.check("192.0.2.1", 22, "ewc-upgrade", "s3cret-Pass", "/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
