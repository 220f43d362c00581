package org.ewcstation.tests.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symlinks inside the served folder through the real OpenSSH client in batch mode: {@code ls -l} (stat and
 * lstat), {@code get}, {@code cd} and listings through a folder linked out, a chain of links and a link to the
 * root's parent show nothing of the laptop, not even a file's size; links that stay inside work.
 */
@Tag("interop")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSshSftpConfinementInteropTest {

    /** An unusual size, so it cannot turn up in the output by chance. */
    static final int SECRET_SIZE = 7_777;

    Path scratch;
    SftpInteropFixture fx;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        scratch = dir;
        fx = new SftpInteropFixture(scratch, scratch.resolve("keys"), Duration.ofMillis(300));
        Path outside = Files.createDirectories(scratch.resolve("outside"));
        Files.write(outside.resolve("secret.bin"), new byte[SECRET_SIZE]);
        Files.createSymbolicLink(fx.root.resolve("outdir"), outside);
        Files.createSymbolicLink(fx.root.resolve("hop"), fx.root.resolve("outdir"));
        Files.createSymbolicLink(fx.root.resolve("parent"), scratch);
        Files.createSymbolicLink(fx.root.resolve("self"), fx.root);
        Files.createSymbolicLink(fx.root.resolve("current"), Path.of("EWC/17_9_4a"));
    }

    @AfterAll
    void stop() {
        if (fx != null) { // null when a client is missing and the class was skipped
            fx.close();
        }
    }

    @Test
    void lookupsThroughLinksThatLeaveTheRootShowNothing() throws Exception {
        Path got = Files.createDirectories(scratch.resolve("got"));
        String batch = String.join(
                        "\n",
                        "-ls -l /outdir/secret.bin",
                        "-ls -l /outdir",
                        "-ls -l /hop/secret.bin",
                        "-ls -l /parent/outside/secret.bin",
                        "-ls -l /parent",
                        "-get /outdir/secret.bin " + got.resolve("a"),
                        "-get /hop/secret.bin " + got.resolve("b"),
                        "-cd /outdir",
                        "ls -l /")
                + "\n";
        var r = fx.sftpBatch(fx.info.credentials().password(), batch);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.all()).doesNotContain(String.valueOf(SECRET_SIZE));
        assertThat(r.out().lines().filter(l -> l.startsWith("-") || l.startsWith("d") || l.startsWith("l")))
                .as(r.out())
                .noneMatch(l -> l.endsWith("outdir") || l.endsWith("hop") || l.endsWith("parent"))
                .anyMatch(l -> l.endsWith("self"));
        try (var files = Files.list(got)) {
            assertThat(files).isEmpty();
        }
        await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.Refused.class))
                .anySatisfy(e -> {
                    assertThat(e.reason()).isEqualTo(RefusalReason.OUTSIDE_ROOT);
                    assertThat(e.requestedPath()).isEqualTo("/outdir/secret.bin");
                }));
    }

    @Test
    void linksThatStayInsideAndDotDotAfterALinkWork() throws Exception {
        Path got = Files.createDirectories(scratch.resolve("inside"));
        String batch = String.join(
                        "\n",
                        "get /self/EWC/17_9_4a/version.info " + got.resolve("a"),
                        "get /current/version.info " + got.resolve("b"),
                        "get /outdir/../EWC/17_9_4a/version.info " + got.resolve("c"))
                + "\n";
        var r = fx.sftpBatch(fx.info.credentials().password(), batch);
        assertThat(r.exit()).as(r.all()).isZero();
        for (String f : new String[] {"a", "b", "c"}) {
            assertThat(Files.readString(got.resolve(f))).isEqualTo("17.9.4a\n");
        }
    }
}
