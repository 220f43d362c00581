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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Symlinks inside the served folder, through a real MINA client: every element of a path is resolved, so a
 * folder linked out, a chain of links, a link to the root's parent or {@code ..} after a link reveal nothing
 * of the laptop (not size, date, mode, owner, nor whether a file exists) for any lookup command; links that
 * stay inside, the root itself included, work.
 */
class SftpConfinementTest {

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
        Path root = fx.root;
        Path outside = Files.createDirectories(scratch.resolve("outside/sub")).getParent();
        Files.writeString(outside.resolve("secret.txt"), "laptop secret");
        Files.writeString(outside.resolve("sub/deep.txt"), "deeper secret");
        // a decoy beside the root: "/outdir/../hello.txt" resolved physically would land here
        Files.writeString(scratch.resolve("hello.txt"), "decoy next to the root");
        Files.createSymbolicLink(root.resolve("outdir"), outside);
        Files.createSymbolicLink(root.resolve("hop1"), root.resolve("hop2"));
        Files.createSymbolicLink(root.resolve("hop2"), outside);
        Files.createSymbolicLink(root.resolve("parent"), scratch);
        Files.createSymbolicLink(root.resolve("EWC/up"), Path.of("../.."));
        Files.createSymbolicLink(root.resolve("dangling"), scratch.resolve("missing.txt"));
        Files.createSymbolicLink(root.resolve("self"), root);
        Files.createSymbolicLink(root.resolve("dot"), Path.of("."));
        Files.createSymbolicLink(root.resolve("hopin1"), root.resolve("hopin2"));
        Files.createSymbolicLink(root.resolve("hopin2"), Path.of("EWC"));
        Files.createSymbolicLink(root.resolve("rel-inside"), Path.of("EWC/17_9_4a"));
        session = fx.login();
        sftp = SftpClientFactory.instance().createSftpClient(session);
    }

    @AfterEach
    void stop() throws IOException {
        sftp.close();
        session.close();
        fx.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/outdir",
                "/outdir/secret.txt",
                "/outdir/sub",
                "/outdir/sub/deep.txt",
                "/outdir/no-such-file.txt",
                "/hop1",
                "/hop1/secret.txt",
                "/hop2/sub/deep.txt",
                "/parent",
                "/parent/secret.txt",
                "/parent/repo/hello.txt",
                "/EWC/up",
                "/EWC/up/outside/secret.txt",
                "/self/outdir/secret.txt",
                "/dot/hop1/sub",
                "/hopin1/up/secret.txt",
                "/escape",
                "/dangling",
                "outdir/secret.txt",
                "./EWC/../outdir/sub/./deep.txt"
            })
    void everyLookupThroughALinkThatLeavesTheRootIsNoSuchFile(String path) {
        for (var lookup : lookups(path).entrySet()) {
            assertThatThrownBy(() -> lookup.getValue().run())
                    .as(lookup.getKey() + " " + path)
                    .isInstanceOfSatisfying(
                            SftpException.class,
                            e -> assertThat(e.getStatus())
                                    .as(lookup.getKey() + " " + path + ": " + e.getMessage())
                                    .isEqualTo(SftpConstants.SSH_FX_NO_SUCH_FILE));
        }
    }

    @Test
    void aMissingFileBehindALinkOutLooksExactlyLikeAnExistingOne() {
        SftpException present = catchStat("/outdir/secret.txt");
        SftpException absent = catchStat("/outdir/no-such-file.txt");
        assertThat(present.getStatus()).isEqualTo(absent.getStatus());
        assertThat(present.getMessage().replace("secret.txt", "X"))
                .isEqualTo(absent.getMessage().replace("no-such-file.txt", "X"));
    }

    @Test
    void linksThatStayInsideWorkTheRootItselfIncluded() throws IOException {
        assertThat(read("/self/hello.txt")).isEqualTo(SftpTestServer.HELLO);
        assertThat(read("/dot/dot/hello.txt")).isEqualTo(SftpTestServer.HELLO);
        assertThat(read("/inside")).isEqualTo(SftpTestServer.HELLO);
        assertThat(sftp.stat("/hopin1/17_9_4a/ap1g7").getSize()).isEqualTo(300_000);
        assertThat(sftp.stat("/rel-inside/ap1g7").getSize()).isEqualTo(300_000);
        assertThat(sftp.lstat("/inside").isSymbolicLink()).isTrue();
        assertThat(names("/self")).contains("hello.txt", "EWC");
        // readlink answers with a path of the served folder, never the laptop's folder names
        assertThat(sftp.readLink("/inside")).isEqualTo("/hello.txt");
        assertThat(sftp.readLink("/self")).isEqualTo("/");
        assertThat(sftp.readLink("/rel-inside")).isEqualTo("/EWC/17_9_4a");
        assertThat(sftp.readLink("/hopin1")).doesNotContain(scratch.toString());
        assertThat(sftp.canonicalPath("/EWC/17_9_4a/..")).isEqualTo("/EWC");
    }

    @Test
    void dotDotAfterALinkIsFoldedByNameAndNeverClimbsOutOfTheLinkTarget() throws IOException {
        // lexically "/outdir/.." is "/": the file is our own hello.txt, not the decoy beside the root
        assertThat(read("/outdir/../hello.txt")).isEqualTo(SftpTestServer.HELLO);
        assertThat(read("/EWC/up/../../hello.txt")).isEqualTo(SftpTestServer.HELLO);
        assertThat(sftp.stat("/EWC/up/../17_9_4a/ap1g7").getSize()).isEqualTo(300_000);
        assertThat(read("/../../hello.txt")).isEqualTo(SftpTestServer.HELLO);
        assertThat(names("/outdir/..")).contains("hello.txt").doesNotContain("secret.txt", "repo");
    }

    @Test
    void listingsLeaveOutTheLinksThatLeadOut() throws IOException {
        assertThat(names("/"))
                .contains("hello.txt", "EWC", "inside", "self", "dot", "hopin1", "hopin2", "rel-inside")
                .doesNotContain("outdir", "hop1", "hop2", "parent", "escape", "dangling");
        assertThat(names("/EWC")).contains("17_9_4a").doesNotContain("up");
    }

    @Test
    void aLookupThroughALinkOutIsReportedAsOutsideTheRootWithItsCommand() {
        catchStat("/outdir/secret.txt");
        assertThatThrownBy(() -> sftp.lstat("/parent/secret.txt")).isInstanceOf(SftpException.class);
        assertThatThrownBy(() -> sftp.readLink("/hop1")).isInstanceOf(SftpException.class);
        await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.Refused.class))
                .anySatisfy(r -> {
                    assertThat(r.requestedPath()).isEqualTo("/outdir/secret.txt");
                    assertThat(r.reason()).isEqualTo(RefusalReason.OUTSIDE_ROOT);
                    assertThat(r.detail()).isEqualTo("SSH_FXP_STAT");
                })
                .anySatisfy(r -> {
                    assertThat(r.requestedPath()).isEqualTo("/parent/secret.txt");
                    assertThat(r.detail()).isEqualTo("SSH_FXP_LSTAT");
                })
                .anySatisfy(r -> {
                    assertThat(r.requestedPath()).isEqualTo("/hop1");
                    assertThat(r.detail()).isEqualTo("SSH_FXP_READLINK");
                })
                .noneSatisfy(r -> assertThat(r.reason()).isEqualTo(RefusalReason.NOT_FOUND)));
    }

    /** Every lookup a client can make on a path. */
    private Map<String, IoAction> lookups(String path) {
        Map<String, IoAction> all = new LinkedHashMap<>();
        all.put("stat", () -> sftp.stat(path));
        all.put("lstat", () -> sftp.lstat(path));
        all.put("readlink", () -> sftp.readLink(path));
        all.put("realpath", () -> sftp.canonicalPath(path));
        all.put("opendir", () -> sftp.close(sftp.openDir(path)));
        all.put("open", () -> sftp.read(path).close());
        return all;
    }

    private SftpException catchStat(String path) {
        try {
            sftp.stat(path);
        } catch (SftpException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("stat " + path + " answered");
    }

    private String read(String path) throws IOException {
        try (InputStream in = sftp.read(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> names(String dir) throws IOException {
        List<String> names = new ArrayList<>();
        sftp.readDir(dir).forEach(e -> names.add(e.getFilename()));
        return names;
    }

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
