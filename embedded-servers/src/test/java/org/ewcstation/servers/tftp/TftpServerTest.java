package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.FailureReason;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol engine over real loopback sockets, driven byte by byte. */
class TftpServerTest {

    @TempDir
    Path root;

    final RecordingListener events = new RecordingListener();
    final TransferRegistry registry = new TransferRegistry();
    TftpServer server;

    TftpServer start(TftpSettings settings) throws IOException {
        server = new TftpServer(settings, events, registry);
        server.start();
        return server;
    }

    TftpSettings loopback() {
        return TftpSettings.defaults(root)
                .withBindAddress(InetAddress.getLoopbackAddress())
                .withPort(0);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    byte[] file(String name, int size) throws IOException {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        Files.write(root.resolve(name), data);
        return data;
    }

    @Test
    void plainRfc1350WhenTheClientSendsNoOption() throws IOException {
        byte[] data = file("ap1g7", 512 * 3 + 100);
        start(loopback());
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("ap1g7");
            assertThat(c.readAll(512, 1)).isEqualTo(data);
            assertThat(c.serverTid()).isNotEqualTo(server.localAddress().getPort());
        }
        await().until(() -> events.of(TransferEvent.Completed.class).size() == 1);
        TransferEvent.Started started = events.of(TransferEvent.Started.class).getFirst();
        assertThat(started.options()).isEmpty();
        assertThat(started.size()).isEqualTo(data.length);
        assertThat(events.of(TransferEvent.Completed.class).getFirst().bytes()).isEqualTo(data.length);
        await().until(() -> registry.activeCount() == 0);
    }

    @Test
    void exactMultipleOfTheBlockSizeEndsWithAnEmptyBlock() throws IOException {
        byte[] data = file("even", 1024);
        start(loopback());
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("even");
            assertThat(c.readAll(512, 1)).isEqualTo(data);
        }
        await().until(() -> events.of(TransferEvent.Completed.class).size() == 1);
    }

    @Test
    void oackCarriesOnlyKnownOptionsWithinLimits() throws IOException {
        byte[] data = file("img.bin", 40_000);
        start(loopback());
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("/img.bin", "BLKSIZE", "9000", "tsize", "0", "multicast", "", "windowsize", "4", "timeout", "3");
            RawClient.Packet oack = c.receive();
            assertThat(oack.opcode()).isEqualTo(6);
            assertThat(OptionAck.decode(oack.raw(), oack.raw().length))
                    .containsOnly(
                            Map.entry("blksize", "1468"), Map.entry("tsize", "40000"),
                            Map.entry("windowsize", "4"), Map.entry("timeout", "3"));
            c.ack(0);
            assertThat(c.readAll(1468, 4)).isEqualTo(data);
        }
        await().until(() -> events.of(TransferEvent.Completed.class).size() == 1);
    }

    @Test
    void windowedTransferRollsOverBlockNumbers() throws IOException {
        byte[] data = file("rollover", 8 * 70_000 + 3); // 70,001 blocks of 8 bytes: wraps past 65535
        start(loopback());
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("rollover", "blksize", "8", "windowsize", "64");
            assertThat(c.receive().opcode()).isEqualTo(6);
            c.ack(0);
            assertThat(c.readAll(8, 64)).isEqualTo(data);
        }
        await().until(() -> events.of(TransferEvent.Completed.class).size() == 1);
    }

    @Test
    void duplicateAckIsNotAnsweredTwice() throws IOException {
        file("dup", 512 * 4);
        start(loopback().withTimeout(Duration.ofSeconds(5), 3));
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("dup", "blksize", "512");
            assertThat(c.receive().opcode()).isEqualTo(6);
            c.ackOverSlowLink(0); // the server measures a 200 ms round trip: no timeout fires within this test
            assertThat(c.receive().block()).isEqualTo(1);
            c.ack(1);
            c.ack(1);
            c.ack(1);
            assertThat(c.receive().block()).isEqualTo(2);
            c.ack(2);
            // had the duplicates been answered, two more copies of block 2 would be queued before block 3
            assertThat(c.receive().block()).isEqualTo(3);
        }
    }

    @Test
    void midWindowAckRestartsTheWindowAfterIt() throws IOException {
        byte[] data = file("win", 512 * 10);
        start(loopback().withTimeout(Duration.ofSeconds(5), 3));
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("win", "windowsize", "4");
            c.receive();
            c.ackOverSlowLink(0);
            for (int b = 1; b <= 4; b++) {
                assertThat(c.receive().block()).isEqualTo(b);
            }
            c.ack(2); // as if 3 were lost: RFC 7440 says go on from 3
            for (int b = 3; b <= 6; b++) {
                RawClient.Packet p = c.receive();
                assertThat(p.block()).isEqualTo(b);
                assertThat(p.payload()).isEqualTo(Arrays.copyOfRange(data, (b - 1) * 512, b * 512));
            }
        }
    }

    @Test
    void timeoutResendsTheWindowFromTheFirstUnacknowledgedBlock() throws IOException {
        file("win2", 512 * 10);
        start(loopback().withTimeout(Duration.ofSeconds(5), 3));
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("win2", "windowsize", "4");
            c.receive();
            c.ackOverSlowLink(0);
            for (int b = 1; b <= 4; b++) {
                assertThat(c.receive().block()).isEqualTo(b);
            }
            c.ack(1); // then silence: the window 2..5 is sent, and sent again after the timeout
            for (int round = 0; round < 2; round++) {
                for (int b = 2; b <= 5; b++) {
                    assertThat(c.receive().block()).as("round " + round).isEqualTo(b);
                }
            }
        }
    }

    @Test
    void silentClientGetsRetransmissionsWithBackOffThenIsReclaimed() throws IOException {
        file("big", 512 * 100);
        start(loopback().withTimeout(Duration.ofMillis(200), 2));
        long started;
        int retransmissions = 0;
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("big");
            assertThat(c.receive().block()).isEqualTo(1);
            c.ack(1);
            assertThat(c.receive().block()).isEqualTo(2);
            started = System.nanoTime();
            RawClient.Packet p;
            while ((p = c.receive()).opcode() == 3) {
                assertThat(p.block()).isEqualTo(2);
                retransmissions++;
            }
            assertThat(p.opcode()).isEqualTo(5);
        }
        long waited = System.nanoTime() - started;
        // the timeout starts near the measured round trip and doubles up to 200 ms: more resends than a
        // fixed 200 ms would give, but a bounded number, and the give-up comes after (2 + 1) x 200 ms
        assertThat(retransmissions).isBetween(3, 12);
        assertThat(waited)
                .isBetween(
                        Duration.ofMillis(550).toNanos(), Duration.ofSeconds(5).toNanos());
        await().until(() -> events.of(TransferEvent.Failed.class).size() == 1);
        TransferEvent.Failed failed = events.of(TransferEvent.Failed.class).getFirst();
        assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(failed.bytes()).isEqualTo(512);
        await().until(() -> registry.activeCount() == 0 && server.activeTransfers() == 0);
    }

    @Test
    void clientRejectingTheOackEndsTheTransfer() throws IOException {
        file("x", 10);
        start(loopback());
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("x", "blksize", "1024");
            assertThat(c.receive().opcode()).isEqualTo(6);
            c.error(8, "options refused");
        }
        await().until(() -> events.of(TransferEvent.Failed.class).size() == 1);
        assertThat(events.of(TransferEvent.Failed.class).getFirst().reason()).isEqualTo(FailureReason.ABORTED_BY_PEER);
    }

    @Test
    void writeRequestsAreRefused() throws IOException {
        start(loopback());
        try (RawClient c = new RawClient(server.localAddress())) {
            c.request(2, "upload.bin", "octet");
            RawClient.Packet p = c.receive();
            assertThat(p.opcode()).isEqualTo(5);
            assertThat(p.block()).isEqualTo(2);
        }
        await().until(() -> events.of(TransferEvent.Refused.class).size() == 1);
        assertThat(events.of(TransferEvent.Refused.class).getFirst().reason()).isEqualTo(RefusalReason.READ_ONLY);
        assertThat(root.resolve("upload.bin")).doesNotExist();
    }

    @Test
    void missingFileIsErrorOneAndNamesThePath() throws IOException {
        start(loopback());
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("images/ap1g6a");
            RawClient.Packet p = c.receive();
            assertThat(p.opcode()).isEqualTo(5);
            assertThat(p.block()).isEqualTo(1);
        }
        await().until(() -> events.of(TransferEvent.Refused.class).size() == 1);
        TransferEvent.Refused refused = events.of(TransferEvent.Refused.class).getFirst();
        assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_FOUND);
        assertThat(refused.requestedPath()).isEqualTo("images/ap1g6a");
    }

    @Test
    void garbageOnTheRequestPortIsAnsweredAndHarmless() throws IOException {
        byte[] data = file("ok", 3000);
        start(loopback());
        try (RawClient bad = new RawClient(server.localAddress());
                RawClient good = new RawClient(server.localAddress())) {
            good.rrq("ok");
            RawClient.Packet first = good.receive();
            bad.sendRaw(new byte[] {0}, server.localAddress().getPort());
            bad.sendRaw(new byte[] {0, 1, 'a'}, server.localAddress().getPort());
            bad.sendRaw(new byte[] {0, 9, 0, 0, 0}, server.localAddress().getPort());
            bad.sendRaw(
                    new byte[] {0, 1, 'a', 0, 'm', 'a', 'i', 'l', 0},
                    server.localAddress().getPort());
            bad.sendRaw(new byte[] {0, 4, 0, 1}, good.serverTid()); // an ACK from a stranger to a running TID
            assertThat(bad.receive().opcode()).isEqualTo(5);
            good.ack(1);
            byte[] rest = good.readAll(512, 1, 2);
            byte[] all = new byte[first.payload().length + rest.length];
            System.arraycopy(first.payload(), 0, all, 0, first.payload().length);
            System.arraycopy(rest, 0, all, first.payload().length, rest.length);
            assertThat(all).isEqualTo(data);
        }
        await().until(() -> events.of(TransferEvent.Completed.class).size() == 1);
        await().until(() -> events.of(TransferEvent.Refused.class).size() >= 3);
        assertThat(events.of(TransferEvent.Refused.class)).allMatch(r -> r.reason() == RefusalReason.BAD_REQUEST);
    }

    @Test
    void transferPortsStayInTheConfiguredRange() throws IOException {
        byte[] data = file("r", 100);
        start(loopback().withTransferPorts(new TftpSettings.PortRange(47610, 47619)));
        for (int i = 0; i < 3; i++) {
            try (RawClient c = new RawClient(server.localAddress())) {
                c.rrq("r");
                assertThat(c.readAll(512, 1)).isEqualTo(data);
                assertThat(c.serverTid()).isBetween(47610, 47619);
            }
        }
    }

    @Test
    void wildcardServesIpv4AndIpv6() throws IOException {
        byte[] data = file("dual", 2000);
        start(TftpSettings.defaults(root).withPort(0));
        int port = server.localAddress().getPort();
        for (String host : new String[] {"127.0.0.1", "::1"}) {
            try (RawClient c = new RawClient(new InetSocketAddress(InetAddress.getByName(host), port))) {
                c.rrq("dual", "blksize", "1468");
                RawClient.Packet oack = c.receive();
                assertThat(OptionAck.decode(oack.raw(), oack.raw().length))
                        .containsExactly(Map.entry("blksize", host.contains(":") ? "1448" : "1468"));
                c.ack(0);
                assertThat(c.readAll(host.contains(":") ? 1448 : 1468, 1)).isEqualTo(data);
            }
        }
    }

    @Test
    void portAlreadyTakenIsReportedAsInUse() throws IOException {
        start(loopback());
        TftpServer second =
                new TftpServer(loopback().withPort(server.localAddress().getPort()), events, registry);
        try {
            second.start();
            throw new AssertionError("second bind succeeded");
        } catch (TftpBindException e) {
            assertThat(e.reason()).isEqualTo(TftpBindException.Reason.IN_USE);
            assertThat(e.messageKey()).isEqualTo("tftp.bind.inUse");
            assertThat(e.messageArgs())
                    .first()
                    .isEqualTo(Integer.toString(server.localAddress().getPort()));
        }
    }

    @Test
    void stoppingTheServerEndsRunningTransfers() throws IOException {
        file("long", 512 * 50);
        start(loopback().withTimeout(Duration.ofSeconds(30), 3));
        try (RawClient c = new RawClient(server.localAddress())) {
            c.rrq("long");
            c.receive();
            await().until(() -> registry.activeCount() == 1);
            server.close();
        }
        await().until(() -> events.of(TransferEvent.Failed.class).size() == 1);
        assertThat(events.of(TransferEvent.Failed.class).getFirst().reason()).isEqualTo(FailureReason.SERVER_STOPPED);
    }
}
