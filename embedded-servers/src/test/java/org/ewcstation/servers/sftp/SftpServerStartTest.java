package org.ewcstation.servers.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.ewcstation.servers.ServerStartException;
import org.ewcstation.servers.ServerStartException.Reason;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting: the host key survives restarts, and each way a start fails has its own code. */
class SftpServerStartTest {

    @TempDir
    static Path hostKeys;

    @TempDir
    Path repo;

    @Test
    void hostKeysAreGeneratedOnceAndReusedAcrossRestarts() throws Exception {
        SftpSettings settings = SftpTestServer.settings(repo, hostKeys);
        SftpServerInfo first;
        try (SftpServer s = server(settings)) {
            first = s.start();
        }
        SftpServerInfo second;
        try (SftpServer s = server(settings)) {
            second = s.start();
        }
        assertThat(first.hostKeys())
                .hasSize(2)
                .isEqualTo(second.hostKeys())
                .extracting(HostKeyFingerprint::type)
                .containsExactly("ecdsa-sha2-nistp256", "ssh-rsa");
        assertThat(first.hostKeys()).allSatisfy(k -> assertThat(k.sha256()).startsWith("SHA256:"));
        assertThat(hostKeys.resolve(HostKeys.ECDSA_FILE)).isRegularFile();
        // a fresh account per start unless one is chosen
        assertThat(first.credentials().password())
                .isNotEqualTo(second.credentials().password());
    }

    @Test
    void portTakenByAnotherProgramIsACodeWithThePort() throws IOException {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SftpSettings settings = SftpTestServer.settings(repo, hostKeys).withBind("127.0.0.1", other.getLocalPort());
            assertThatThrownBy(() -> server(settings).start()).isInstanceOfSatisfying(ServerStartException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.PORT_IN_USE);
                assertThat(e.messageKey()).isEqualTo("servers.start.portInUse");
                assertThat(e.args()).containsExactly("SFTP", String.valueOf(other.getLocalPort()), "127.0.0.1");
            });
        }
    }

    @Test
    void bindFailuresAreClassified() {
        assertThat(ServerStartException.ofBind("SFTP", "0.0.0.0", 22, new BindException("Permission denied"))
                        .reason())
                .isEqualTo(Reason.PORT_PRIVILEGED);
        assertThat(ServerStartException.ofBind("SFTP", "0.0.0.0", 22, new BindException("Address already in use: bind"))
                        .reason())
                .isEqualTo(Reason.PORT_IN_USE);
        assertThat(ServerStartException.ofBind(
                                "SFTP", "10.9.9.9", 2222, new BindException("Cannot assign requested address"))
                        .args())
                .contains("Cannot assign requested address");
    }

    @Test
    void missingFolderAndUnusableAccountAreRefusedBeforeBinding() {
        SftpSettings noRoot = SftpTestServer.settings(repo.resolve("absent"), hostKeys);
        assertThatThrownBy(() -> server(noRoot).start())
                .isInstanceOfSatisfying(
                        ServerStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ROOT_MISSING));
        SftpSettings bad =
                SftpTestServer.settings(repo, hostKeys).withCredentials(new SftpCredentials("ewc", "what?ever1"));
        assertThatThrownBy(() -> server(bad).start())
                .isInstanceOfSatisfying(
                        ServerStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_CREDENTIALS));
    }

    @Test
    void generatedAccountsAreReadableStrongAndMaskedInToString() {
        SftpCredentials c = SftpCredentials.generate(new SecureRandom());
        assertThat(c.user()).matches("ewc-[a-z2-9]{4}");
        assertThat(c.password())
                .hasSize(SftpCredentials.PASSWORD_LENGTH)
                .matches("[A-Za-z2-9]+")
                .doesNotContain("0", "O", "l", "1", "I");
        assertThat(c.problem()).isEmpty();
        assertThat(c.toString()).contains("*****").doesNotContain(c.password());
        assertThat(c.matches(c.user(), c.password())).isTrue();
        assertThat(c.matches(c.user(), c.password() + "x")).isFalse();
    }

    @Test
    void hostKeyThatCannotBeReadStopsTheStart() throws IOException {
        Path broken = Files.createDirectories(repo.resolve("keys"));
        Files.writeString(broken.resolve(HostKeys.ECDSA_FILE), "not a key");
        SftpSettings settings = SftpTestServer.settings(repo, broken);
        assertThatThrownBy(() -> server(settings).start())
                .isInstanceOfSatisfying(
                        ServerStartException.class, e -> assertThat(e.reason()).isEqualTo(Reason.HOST_KEY));
        assertThat(Files.readString(broken.resolve(HostKeys.ECDSA_FILE))).isEqualTo("not a key");
    }

    private static SftpServer server(SftpSettings settings) {
        return new SftpServer(settings, TransferListener.NONE, new TransferRegistry(), new SecureRandom());
    }
}
