package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.net.AddressBlock;
import org.ewcstation.servers.net.PeerFilter;
import org.ewcstation.servers.net.PeerLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One host floods the request port over real loopback sockets (127.0.0.2, a new source port per request, never an
 * ACK) while a controller (127.0.0.1) and a few other hosts download: the flood holds its share and no more.
 */
class TftpPeerLimitsTest {

    static final int PER_PEER = 4;

    @TempDir
    Path root;

    final RecordingListener events = new RecordingListener();
    TftpServer server;
    final AtomicBoolean flooding = new AtomicBoolean(true);
    final AtomicInteger floodSent = new AtomicInteger();
    final List<RawClient> floodSockets = new ArrayList<>();

    @AfterEach
    void stop() {
        flooding.set(false);
        if (server != null) {
            server.close();
        }
        synchronized (floodSockets) {
            floodSockets.forEach(RawClient::close);
        }
    }

    @Test
    void aFloodFromOneAddressDoesNotStopTheControllersTransfers() throws Exception {
        byte[] image = new byte[512 * 40 + 7];
        new Random(7).nextBytes(image);
        Files.write(root.resolve("ap1g7"), image);
        Files.write(root.resolve("big"), new byte[4 << 20]);
        // 16 slots in all: without a share per address the flood alone would fill them and every AP be told "busy"
        server = new TftpServer(
                TftpSettings.defaults(root)
                        .withBindAddress(InetAddress.getLoopbackAddress())
                        .withPort(0)
                        .withMaxTransfers(16)
                        .withPeerLimits(new PeerLimits(PER_PEER, 200, 64, 8, 16, Duration.ofSeconds(30))),
                events,
                new TransferRegistry());
        server.start();
        InetAddress flooder = InetAddress.getByName("127.0.0.2");
        CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> flood(flooder));

        await().atMost(Duration.ofSeconds(10)).until(() -> floodSent.get() > 100);
        assertThat(server.activeTransfers()).isEqualTo(PER_PEER);

        List<CompletableFuture<byte[]>> downloads = new ArrayList<>();
        for (String from : new String[] {"127.0.0.1", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"}) {
            downloads.add(CompletableFuture.supplyAsync(() -> download(from)));
        }
        for (CompletableFuture<byte[]> d : downloads) {
            assertThat(d.get()).isEqualTo(image);
        }
        assertThat(floodSent.get()).as("the flood went on during the downloads").isGreaterThan(200);
        flooding.set(false);
        flood.get();

        assertThat(events.of(TransferEvent.Refused.class))
                .filteredOn(r -> r.reason() == RefusalReason.BUSY)
                .isEmpty();
        List<TransferEvent.Refused> limited = events.of(TransferEvent.Refused.class).stream()
                .filter(r -> r.reason() == RefusalReason.PEER_LIMIT)
                .toList();
        // one event per address and reason (too many at once, too many a second), not one per packet
        assertThat(limited)
                .hasSizeBetween(1, 2)
                .allMatch(r -> r.peer().getAddress().equals(flooder));
        assertThat(limited).anyMatch(r -> r.detail().contains("at most " + PER_PEER + " at once"));
    }

    @Test
    void anAddressOffTheAllowListIsRefusedAndLoggedOnceWhileTheControllerIsServed() throws Exception {
        byte[] image = new byte[512 * 3 + 1];
        new Random(3).nextBytes(image);
        Files.write(root.resolve("ap1g7"), image);
        PeerFilter allowed = PeerFilter.only(List.of(AddressBlock.parse("192.0.2.0/24")));
        allowed.setControllers(List.of(InetAddress.getLoopbackAddress()));
        server = new TftpServer(
                TftpSettings.defaults(root)
                        .withBindAddress(InetAddress.getLoopbackAddress())
                        .withPort(0),
                events,
                new TransferRegistry(),
                allowed);
        server.start();
        InetAddress stranger = InetAddress.getByName("127.0.0.2");
        for (int i = 0; i < 3; i++) {
            try (RawClient c = new RawClient(server.localAddress(), stranger)) {
                c.rrq("ap1g7");
                RawClient.Packet p = c.receiveOrNull(1500);
                if (p != null) {
                    assertThat(p.opcode()).as("an ERROR, never DATA").isEqualTo(5);
                }
            }
        }
        assertThat(download("127.0.0.1")).isEqualTo(image);
        await().until(() -> events.of(TransferEvent.Completed.class).size() == 1);
        List<TransferEvent.Refused> refused = events.of(TransferEvent.Refused.class);
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.NOT_ALLOWED);
            assertThat(r.peer().getAddress()).isEqualTo(stranger);
            assertThat(r.detail()).contains("127.0.0.1", "192.0.2.0/24");
        });
        assertThat(events.of(TransferEvent.Started.class)).singleElement();
    }

    private void flood(InetAddress from) {
        while (flooding.get()) {
            try {
                RawClient c = new RawClient(server.localAddress(), from);
                synchronized (floodSockets) {
                    floodSockets.add(c);
                }
                c.rrq("big");
                floodSent.incrementAndGet();
                if (floodSockets.size() > 2000) {
                    return; // enough: the file-descriptor budget of the test runner is not what is tested
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private byte[] download(String from) {
        try (RawClient c = new RawClient(server.localAddress(), InetAddress.getByName(from))) {
            c.rrq("ap1g7");
            return c.readAll(512, 1);
        } catch (IOException e) {
            throw new IllegalStateException(from, e);
        }
    }
}
