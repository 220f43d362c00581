package org.ewcstation.servers.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads and listings work; every change and every way out of the root is refused and reported. */
class SftpReadOnlyTest {

    @TempDir
    static Path hostKeys;

    @TempDir
    Path scratch;

    SftpTestServer fx;
    ClientSession session;
    SftpClient sftp;

    @BeforeEach
    void start() throws Exception {
        fx = new SftpTestServer(scratch, hostKeys, null);
        session = fx.login();
        sftp = SftpClientFactory.instance().createSftpClient(session);
    }

    @AfterEach
    void stop() throws IOException {
        sftp.close();
        session.close();
        fx.close();
    }

    @Test
    void readsFilesAndListsFoldersAndPublishesTheTransfer() throws IOException {
        try (InputStream in = sftp.read("/hello.txt")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(SftpTestServer.HELLO);
        }
        try (InputStream in = sftp.read("EWC/17_9_4a/ap1g7")) {
            assertThat(in.readAllBytes()).hasSize(300_000);
        }
        List<String> names = new ArrayList<>();
        sftp.readDir("/EWC/17_9_4a").forEach(e -> names.add(e.getFilename()));
        assertThat(names).contains("ap1g7");

        await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.Completed.class))
                .anySatisfy(c -> {
                    assertThat(c.file()).isEqualTo("/EWC/17_9_4a/ap1g7");
                    assertThat(c.bytes()).isEqualTo(300_000);
                    assertThat(c.protocol()).isEqualTo(Protocol.SFTP);
                    assertThat(c.peer().getAddress().isLoopbackAddress()).isTrue();
                }));
        TransferEvent.Started started = fx.eventsOf(TransferEvent.Started.class).stream()
                .filter(s -> s.file().endsWith("ap1g7"))
                .findFirst()
                .orElseThrow();
        assertThat(started.size()).isEqualTo(300_000);
        assertThat(started.options())
                .containsEntry("user", fx.info.credentials().user());
        assertThat(fx.eventsOf(TransferEvent.Progress.class))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.bytes()).isBetween(1L, 300_000L));
        assertThat(fx.eventsOf(TransferEvent.SessionOpened.class))
                .singleElement()
                .satisfies(o ->
                        assertThat(o.user()).isEqualTo(fx.info.credentials().user()));
        await().until(() -> fx.registry.activeCount() == 0);
    }

    @Test
    void refusesEveryWriteOperationWithPermissionDenied() throws IOException {
        Path hello = fx.root.resolve("hello.txt");
        assertDenied(() -> sftp.open("/new.bin", OpenMode.Write, OpenMode.Create));
        assertDenied(() -> sftp.open("/hello.txt", OpenMode.Write));
        assertDenied(() -> sftp.open("/hello.txt", OpenMode.Append));
        assertDenied(() -> sftp.open("/hello.txt", OpenMode.Read, OpenMode.Truncate));
        assertDenied(() -> sftp.remove("/hello.txt"));
        assertDenied(() -> sftp.rename("/hello.txt", "/renamed.txt"));
        assertDenied(() -> sftp.mkdir("/newdir"));
        assertDenied(() -> sftp.rmdir("/EWC"));
        assertDenied(() -> sftp.symLink("/link", "/hello.txt"));
        SftpClient.Attributes attrs = new SftpClient.Attributes();
        attrs.setPermissions(0777);
        assertDenied(() -> sftp.setStat("/hello.txt", attrs));

        assertThat(Files.readString(hello)).isEqualTo(SftpTestServer.HELLO);
        assertThat(fx.root.resolve("new.bin")).doesNotExist();
        assertThat(fx.root.resolve("newdir")).doesNotExist();
        assertThat(fx.root.resolve("renamed.txt")).doesNotExist();
        assertThat(fx.root.resolve("EWC")).isDirectory();
        assertThat(fx.eventsOf(TransferEvent.Refused.class))
                .filteredOn(r -> r.reason() == RefusalReason.READ_ONLY)
                .hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void refusesPathsAndSymlinksThatLeadOutsideTheRoot() throws IOException {
        // ".." cannot climb above the virtual root: it lands on "/secret.txt" inside it, which does not exist
        assertStatus(() -> sftp.read("/../secret.txt").close(), SftpConstants.SSH_FX_NO_SUCH_FILE);
        assertStatus(() -> sftp.read("../../../../etc/passwd").close(), SftpConstants.SSH_FX_NO_SUCH_FILE);
        // a link that leads out answers as if it were not there (see SftpConfinementTest for the full set)
        assertStatus(() -> sftp.read("/escape").close(), SftpConstants.SSH_FX_NO_SUCH_FILE);
        assertStatus(() -> sftp.stat("/escape"), SftpConstants.SSH_FX_NO_SUCH_FILE);
        List<String> rootNames = new ArrayList<>();
        sftp.readDir("/").forEach(e -> rootNames.add(e.getFilename()));
        assertThat(rootNames).contains("hello.txt", "EWC"); // a bad link does not break the listing
        try (InputStream in = sftp.read("/inside")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(SftpTestServer.HELLO);
        }
        assertThat(fx.eventsOf(TransferEvent.Refused.class))
                .anySatisfy(r -> {
                    assertThat(r.reason()).isEqualTo(RefusalReason.OUTSIDE_ROOT);
                    assertThat(r.requestedPath()).isEqualTo("/escape");
                })
                .anySatisfy(r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOT_FOUND));
    }

    private static void assertDenied(IoAction action) {
        assertStatus(action, SftpConstants.SSH_FX_PERMISSION_DENIED);
    }

    private static void assertStatus(IoAction action, int status) {
        assertThatThrownBy(action::run)
                .isInstanceOf(SftpException.class)
                .satisfies(e -> assertThat(((SftpException) e).getStatus())
                        .as(e.toString())
                        .isEqualTo(status));
    }

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
