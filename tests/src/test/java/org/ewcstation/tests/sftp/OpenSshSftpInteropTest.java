package org.ewcstation.tests.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our read-only SFTP server against the real OpenSSH client (sftp, ssh, via sshpass) and curl/libssh2,
 * on loopback: the transfers a controller makes, and everything it must not be able to do.
 */
@Tag("interop")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSshSftpInteropTest {

    static final int BIG_MIB = 100;
    static final Duration FAILURE_DELAY = Duration.ofMillis(500);

    Path scratch;
    SftpInteropFixture fx;
    String bigSha;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        scratch = dir;
        fx = new SftpInteropFixture(scratch, scratch.resolve("keys"), FAILURE_DELAY);
        bigSha = SftpInteropFixture.sha256(SftpInteropFixture.randomFile(fx.root.resolve("big.bin"), BIG_MIB));
    }

    @AfterAll
    void stop() {
        if (fx != null) { // null when a client is missing and the class was skipped
            fx.close();
        }
    }

    @BeforeEach
    void clearEvents() {
        fx.events.clear();
    }

    @Test
    void openSshSftpDownloads100MiBIntact() throws Exception {
        Path local = scratch.resolve("sftp-copy.bin");
        var r = fx.sftpBatch(fx.info.credentials().password(), "get /big.bin " + local + "\n");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(SftpInteropFixture.sha256(local)).isEqualTo(bigSha);
        await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.Completed.class))
                .singleElement()
                .satisfies(c -> assertThat(c.bytes()).isEqualTo(BIG_MIB * (1L << 20))));
        // MINA's slow chacha20 is not offered, so OpenSSH's default choice falls to AES
        assertThat(fx.eventsOf(TransferEvent.Started.class).get(0).options().get("cipher"))
                .startsWith("aes");
        Files.delete(local);
    }

    @Test
    void aClientThatAsksForAesGcmGetsIt() throws Exception {
        Path local = scratch.resolve("version.info");
        var r = fx.sftpBatch(
                fx.info.credentials().password(),
                "get EWC/17_9_4a/version.info " + local + "\n",
                "-c",
                "aes128-gcm@openssh.com");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(Files.readString(local)).isEqualTo("17.9.4a\n");
        assertThat(fx.eventsOf(TransferEvent.Started.class))
                .singleElement()
                .satisfies(s -> assertThat(s.options()).containsEntry("cipher", "aes128-gcm@openssh.com"));
    }

    @Test
    void curlDownloads100MiBIntact() throws Exception {
        Path local = scratch.resolve("curl-copy.bin");
        var r = fx.curl("/big.bin", local);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(SftpInteropFixture.sha256(local)).isEqualTo(bigSha);
        Files.delete(local);
    }

    @Test
    void everyWriteOperationIsRefused() throws Exception {
        Path upload = Files.writeString(scratch.resolve("upload.txt"), "intruder");
        // a leading '-' lets the batch go on after an error, so one session tries them all
        String batch = String.join(
                        "\n",
                        "-put " + upload + " /upload.txt",
                        "-put " + upload + " /big.bin",
                        "-rm /big.bin",
                        "-rename /big.bin /moved.bin",
                        "-mkdir /newdir",
                        "-rmdir /EWC",
                        "-chmod 777 /big.bin",
                        "-ln -s /big.bin /link",
                        "-ln /big.bin /hardlink")
                + "\n";
        var r = fx.sftpBatch(fx.info.credentials().password(), batch);
        assertThat(r.err().split("Permission denied", -1)).as(r.all()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(fx.root.resolve("upload.txt")).doesNotExist();
        assertThat(fx.root.resolve("moved.bin")).doesNotExist();
        assertThat(fx.root.resolve("newdir")).doesNotExist();
        assertThat(fx.root.resolve("link")).doesNotExist();
        assertThat(fx.root.resolve("hardlink")).doesNotExist();
        assertThat(Files.size(fx.root.resolve("big.bin"))).isEqualTo(BIG_MIB * (1L << 20));
        assertThat(fx.eventsOf(TransferEvent.Refused.class))
                .filteredOn(e -> e.reason() == RefusalReason.READ_ONLY)
                .hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void pathsOutsideTheRootAreRefused() throws Exception {
        Path out = Files.createDirectories(scratch.resolve("got"));
        String batch = String.join(
                        "\n",
                        "-get /../secret.txt " + out.resolve("a"),
                        "-get ../../../../etc/passwd " + out.resolve("b"),
                        "-get /escape " + out.resolve("c"),
                        "-get /EWC/../../secret.txt " + out.resolve("d"),
                        "ls -1 /..")
                + "\n";
        var r = fx.sftpBatch(fx.info.credentials().password(), batch);
        assertThat(r.exit()).as(r.all()).isZero(); // the final ls of "/.." lists our own root
        assertThat(r.out().lines()).contains("/../big.bin").doesNotContain("/../secret.txt");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(fx.eventsOf(TransferEvent.Refused.class)).anySatisfy(e -> {
            assertThat(e.reason()).isEqualTo(RefusalReason.OUTSIDE_ROOT);
            assertThat(e.requestedPath()).isEqualTo("/escape");
        });
    }

    @Test
    void wrongPasswordIsRefusedThrottledAndTheConnectionClosed() throws Exception {
        long t0 = System.nanoTime();
        var r = fx.sftpRetyping(scratch, "wrong-password", "ls\n");
        long elapsed = System.nanoTime() - t0;
        assertThat(r.exit()).as(r.all()).isNotZero();
        // OpenSSH would try 3 passwords; the server closes the connection after the second failure
        assertThat(fx.eventsOf(TransferEvent.AuthFailed.class))
                .extracting(TransferEvent.AuthFailed::attempt)
                .containsExactly(1, 2);
        assertThat(fx.eventsOf(TransferEvent.AuthFailed.class).toString()).doesNotContain("wrong-password");
        // each failure waited the configured delay: a lower bound, not a speed measurement
        assertThat(elapsed).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(2 * FAILURE_DELAY.toMillis()));
        assertThat(fx.eventsOf(TransferEvent.SessionOpened.class)).isEmpty();
    }

    @Test
    void shellExecAndForwardingAreRefused() throws Exception {
        String password = fx.info.credentials().password();
        var exec = fx.ssh(password, "ls", "/");
        assertThat(exec.exit()).as(exec.all()).isNotZero();
        assertThat(exec.out()).doesNotContain("etc").doesNotContain("big.bin");
        var shell = fx.ssh(password, "-tt");
        assertThat(shell.exit()).as(shell.all()).isNotZero();
        var tunnel = fx.ssh(password, "-W", "127.0.0.1:" + fx.port());
        assertThat(tunnel.exit()).as(tunnel.all()).isNotZero();
        assertThat(tunnel.err()).contains("forwarding failed");
    }
}
