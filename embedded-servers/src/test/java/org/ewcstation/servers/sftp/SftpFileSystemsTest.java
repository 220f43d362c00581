package org.ewcstation.servers.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.file.root.RootedFileSystemProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.path.HostileNames;
import org.ewcstation.servers.path.RequestPathRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hostile corpus against the SFTP path gate on three file systems. On a Unix-style in-memory file system
 * and on the real one the whole server answers a real MINA client: each name is refused with its rule's code
 * (or, for a plain {@code ..}, folded and then not found), nothing outside the served folder answers, and the
 * plain names keep working. MINA cannot read file attributes on the Windows-style in-memory file system (it
 * falls back to {@code java.io.File} there, which such a file system does not have), so on that model the
 * test drives the gate itself, {@link ReadOnlyAccessor#resolveLocalFilePath}, over MINA's rooted file system,
 * the same object the server hands it.
 */
class SftpFileSystemsTest {

    enum Kind {
        UNIX_MODEL,
        REAL
    }

    @TempDir
    static Path hostKeys;

    @TempDir
    Path tmp;

    @Test
    void onTheWindowsModelTheGateRefusesEveryHostileNameAndEveryLinkOut() throws Exception {
        try (FileSystem windows = HostileNames.windows()) {
            Path base = windows.getPath("C:\\srv");
            Path root = tree(base);
            Files.writeString(windows.getPath("D:\\secret.txt"), "secret");
            Files.writeString(windows.getPath("\\\\host\\share\\secret.txt"), "secret");
            Files.createSymbolicLink(root.resolve("outdir"), base);
            Files.createSymbolicLink(root.resolve("otherdrive"), windows.getPath("D:\\"));
            Files.createSymbolicLink(root.resolve("share"), windows.getPath("\\\\host\\share\\"));
            Files.createSymbolicLink(root.resolve("self"), root);
            ReadOnlyAccessor gate = new ReadOnlyAccessor(root.toRealPath(), (sftp, path, reason, op) -> {});
            try (FileSystem rooted = new RootedFileSystemProvider().newFileSystem(root, Map.of())) {
                Path home = rooted.getPath("/");
                for (HostileNames.Case c : HostileNames.corpus()) {
                    if (c.rule() == RequestPathRule.PARENT) {
                        assertThat(Files.exists(gate.resolveLocalFilePath(null, home, c.name())))
                                .as(c.toString())
                                .isFalse();
                        continue;
                    }
                    assertThatThrownBy(() -> gate.resolveLocalFilePath(null, home, c.name()))
                            .as(c.toString())
                            .isInstanceOfSatisfying(
                                    SftpConfinement.HostilePathException.class,
                                    e -> assertThat(e.rule()).isEqualTo(c.rule()));
                }
                for (String out :
                        List.of("outdir/secret.txt", "otherdrive\\secret.txt", "share/secret.txt", "/self/outdir")) {
                    assertThatThrownBy(() -> gate.resolveLocalFilePath(null, home, out))
                            .as(out)
                            .isInstanceOf(SftpConfinement.OutsideRootException.class);
                }
                for (String name : HostileNames.servable()) {
                    assertThat(Files.readString(gate.resolveLocalFilePath(null, home, name)))
                            .as(name)
                            .startsWith("image ");
                }
                assertThat(Files.readString(gate.resolveLocalFilePath(null, home, "self/top.bin")))
                        .startsWith("image ");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hostileNamesAreRefusedAndPlainNamesServedByTheServer(Kind kind) throws Exception {
        FileSystem memory = kind == Kind.UNIX_MODEL ? HostileNames.unix() : null;
        Path base = memory == null
                ? tmp
                : memory.getRootDirectories().iterator().next().resolve("srv");
        Path root = tree(base);
        List<TransferEvent> events = new CopyOnWriteArrayList<>();
        SftpServer server = new SftpServer(
                SftpTestServer.settings(root, hostKeys), events::add, new TransferRegistry(), new SecureRandom());
        SftpServerInfo info = server.start();
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClientSession session = client.connect(
                        info.credentials().user(), "127.0.0.1", info.address().getPort())
                .verify(Duration.ofSeconds(10))
                .getSession()) {
            session.addPasswordIdentity(info.credentials().password());
            session.auth().verify(Duration.ofSeconds(10));
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                for (String name : HostileNames.servable()) {
                    try (InputStream in = sftp.read(name)) {
                        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                .as(kind + " " + name)
                                .startsWith("image ");
                    }
                }
                for (HostileNames.Case c : HostileNames.corpus()) {
                    int expected = c.rule() == RequestPathRule.PARENT
                            ? SftpConstants.SSH_FX_NO_SUCH_FILE
                            : SftpConstants.SSH_FX_PERMISSION_DENIED;
                    assertThatThrownBy(() -> sftp.stat(c.name()))
                            .as(kind + " " + c)
                            .isInstanceOfSatisfying(
                                    SftpException.class,
                                    e -> assertThat(e.getStatus())
                                            .as(kind + " " + c)
                                            .isEqualTo(expected));
                }
            }
        } finally {
            client.stop();
            server.close();
            if (memory != null) {
                memory.close();
            }
        }
        await().untilAsserted(() -> {
            for (HostileNames.Case c : HostileNames.corpus()) {
                if (c.rule() != RequestPathRule.PARENT) {
                    assertThat(events)
                            .as(kind + " " + c)
                            .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TransferEvent.Refused.class, r -> {
                                assertThat(r.requestedPath()).isEqualTo(c.name());
                                assertThat(r.reason()).isEqualTo(c.rule().reason());
                                assertThat(r.detail()).isEqualTo("SSH_FXP_STAT (" + c.rule() + ")");
                            }));
                }
            }
        });
    }

    private static Path tree(Path base) throws IOException {
        Path root = Files.createDirectories(base.resolve("sftp"));
        for (String f : HostileNames.servableFiles()) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "image " + f);
        }
        Files.writeString(base.resolve("secret.txt"), "secret");
        return root;
    }
}
