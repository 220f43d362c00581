package org.ewcstation.services.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ewcstation.services.upgrade.Aps.downloading;
import static org.ewcstation.services.upgrade.Aps.none;
import static org.ewcstation.services.upgrade.Aps.ready;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.tftp.TftpServer;
import org.ewcstation.servers.tftp.TftpSettings;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.power.KeepAwake;
import org.ewcstation.services.power.ProcessInhibitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The computer is kept awake during a real TFTP transfer from our server and during a run from its start to its end,
 * and released after each. The OS's inhibitor is a stand-in {@code systemd-inhibit} script that records its
 * arguments and its pid (the real one needs logind, which {@code ProcessInhibitorTest} asks where it runs).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in is a POSIX shell script; Windows uses kernel32")
class KeepAwakeDuringWorkTest {

    @TempDir
    Path dir;

    final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("keep-awake").factory());

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    KeepAwake keepAwake() throws IOException {
        Path script = dir.resolve("systemd-inhibit");
        Files.writeString(script, """
                #!/bin/sh
                d="$(dirname "$0")"
                printf '%s\\n' "$@" > "$d/args"
                echo $$ >> "$d/pids"
                while [ $# -gt 0 ]; do case "$1" in --*) shift;; *) break;; esac; done
                exec "$@"
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new KeepAwake(ProcessInhibitor.logind(script.toString()), thread, "test", Duration.ZERO, true);
    }

    /** The pids the stand-in was started with, and whether each still runs. */
    List<ProcessHandle> holders() throws IOException {
        Path pids = dir.resolve("pids");
        if (!Files.exists(pids)) {
            return List.of();
        }
        return Files.readAllLines(pids).stream()
                .filter(l -> !l.isBlank())
                .map(l -> ProcessHandle.of(Long.parseLong(l.strip())))
                .flatMap(Optional::stream)
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    @Test
    void heldWhileOurTftpServerSendsAFileAndReleasedWhenTheLastBlockIsAcknowledged() throws Exception {
        KeepAwake k = keepAwake();
        Path root = Files.createDirectories(dir.resolve("images"));
        Files.write(root.resolve("ap1g7"), new byte[1500]); // three blocks
        TftpSettings s = TftpSettings.defaults(root)
                .withBindAddress(InetAddress.getLoopbackAddress())
                .withPort(0);
        try (TftpServer server = new TftpServer(s, k, new TransferRegistry());
                DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            server.start();
            client.setSoTimeout(5000);
            ByteArrayOutputStream rrq = new ByteArrayOutputStream();
            rrq.write(new byte[] {0, 1});
            rrq.write("ap1g7\0octet\0".getBytes(StandardCharsets.US_ASCII));
            client.send(new DatagramPacket(rrq.toByteArray(), rrq.size(), server.localAddress()));
            SocketAddress from = ack(client, 1);

            await().until(() -> k.state().held()); // mid-transfer: block 2 not yet asked for
            assertThat(holders()).hasSize(1);
            assertThat(Files.readAllLines(dir.resolve("args"))).contains("--what=sleep:idle", "--mode=block");

            send(client, from, 1);
            ack(client, 2);
            send(client, from, 2);
            ack(client, 3);
            send(client, from, 3);
            await().until(() -> holders().isEmpty());
            await().until(() -> !k.state().held());
        }
    }

    /** Waits for DATA block {@code n}; returns where it came from (the transfer's own port). */
    static SocketAddress ack(DatagramSocket client, int n) throws IOException {
        DatagramPacket p = new DatagramPacket(new byte[600], 600);
        client.receive(p);
        byte[] d = p.getData();
        assertThat(d[1]).isEqualTo((byte) 3);
        assertThat(((d[2] & 0xff) << 8) | (d[3] & 0xff)).isEqualTo(n);
        return p.getSocketAddress();
    }

    static void send(DatagramSocket client, SocketAddress to, int block) throws IOException {
        byte[] ack = {0, 4, (byte) (block >> 8), (byte) block};
        client.send(new DatagramPacket(ack, ack.length, (InetSocketAddress) to));
    }

    @Test
    void heldFromTheStartOfARunToItsVerifiedEnd() throws Exception {
        KeepAwake k = keepAwake();
        FakeController controller = new FakeController();
        UpgradeWorkflow w = new UpgradeWorkflow(
                controller,
                new RecordingJournal(),
                new UpgradeListener() {
                    @Override
                    public void stageChanged(Stage from, Stage to) {
                        k.stageChanged(controller.controller(), from, to);
                    }
                },
                WorkflowSettings.DEFAULTS,
                new MutableClock(Instant.parse("2026-12-07T10:00:00Z")));
        w.onPoll(List.of(none("AP-1")));
        assertThat(w.save(UpgradeWorkflowTest.plan()).done()).isTrue();
        assertThat(holders()).isEmpty(); // a saved profile needs nobody awake
        assertThat(w.start(c -> true).done()).isTrue();
        await().until(() -> holders().size() == 1);

        w.onPoll(List.of(downloading("AP-1", 50)));
        w.onPoll(List.of(ready("AP-1")));
        assertThat(w.activate(c -> true).done()).isTrue();
        w.onControllerAway(); // the reload
        await().until(() -> k.state().runs().size() == 1 && k.state().held());
        assertThat(holders()).hasSize(1);
        w.onPoll(List.of(Aps.runningNew("AP-1")));
        assertThat(w.stage()).isEqualTo(Stage.VERIFIED);

        await().until(() -> holders().isEmpty());
        assertThat(Files.readAllLines(dir.resolve("pids"))).hasSize(1); // one hold for the whole run
    }
}
