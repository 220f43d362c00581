package org.ewcstation.tests.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link emulator over real loopback sockets: a counting echo server behind it, a client in front. */
class LinkEmulatorTest {

    static final Duration LIMIT = Duration.ofSeconds(30);

    DatagramSocket server;
    DatagramSocket client;
    LinkEmulator link;

    @BeforeEach
    void sockets() throws IOException {
        server = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client.setSoTimeout(2000);
        server.setSoTimeout(2000);
    }

    @AfterEach
    void close() {
        if (link != null) {
            link.close();
        }
        server.close();
        client.close();
    }

    LinkEmulator start(LinkProfile profile) throws IOException {
        link = LinkEmulator.start((InetSocketAddress) server.getLocalSocketAddress(), profile, LIMIT, 1_000_000);
        return link;
    }

    void send(DatagramSocket from, int n, InetSocketAddress to) throws IOException {
        byte[] b = ByteBuffer.allocate(8).putInt(0x00030000).putInt(n).array(); // looks like TFTP DATA
        from.send(new DatagramPacket(b, b.length, to));
    }

    /** Sequence numbers received until {@code quietMillis} pass without a packet. */
    List<Integer> receiveAll(DatagramSocket socket, int quietMillis) throws IOException {
        socket.setSoTimeout(quietMillis);
        List<Integer> got = new ArrayList<>();
        byte[] buf = new byte[64];
        while (true) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                return got;
            }
            got.add(ByteBuffer.wrap(buf, 4, 4).getInt());
        }
    }

    @Test
    void lossRateMatchesTheProfileAndTheSeedRepeatsIt() throws IOException {
        List<Integer> first =
                sendThrough(LinkProfile.rtt(Duration.ZERO).withLoss(0.1).withSeed(42), 4000);
        assertThat(link.toServer().received()).isEqualTo(4000);
        // 10 % of 4000: binomial standard deviation 19, so 330..470 is a 3.6-sigma band
        assertThat(4000 - first.size()).isBetween(330, 470);
        assertThat(link.toServer().dropped()).isEqualTo(4000 - first.size());
        link.close();
        List<Integer> again =
                sendThrough(LinkProfile.rtt(Duration.ZERO).withLoss(0.1).withSeed(42), 4000);
        assertThat(again).as("same seed, same packets lost").isEqualTo(first);
    }

    /**
     * Sends in batches small enough for the sockets' receive buffers (a burst of thousands would be cut
     * by the kernel, not the link), reading each batch at the server once the link has let it all go.
     */
    List<Integer> sendThrough(LinkProfile profile, int count) throws IOException {
        start(profile);
        List<Integer> got = new ArrayList<>();
        LinkStats up = link.toServer();
        for (int sent = 0; sent < count; ) {
            for (int end = Math.min(count, sent + 100); sent < end; sent++) {
                send(client, sent, link.address());
            }
            int expected = sent;
            await().atMost(LIMIT)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1))
                    .until(() -> up.received() == expected
                            && up.delivered() + up.dropped() == up.received() + up.duplicated());
            got.addAll(receiveAll(server, 20));
        }
        got.addAll(receiveAll(server, 200));
        return got;
    }

    @Test
    void duplicationDeliversSomePacketsTwice() throws IOException {
        List<Integer> got = sendThrough(LinkProfile.rtt(Duration.ZERO).withDuplicate(0.2), 2000);
        int extra = got.size() - 2000;
        assertThat(extra).isBetween(320, 480);
        assertThat(new HashSet<>(got)).hasSize(2000);
        assertThat(link.toServer().duplicated()).isEqualTo(extra);
    }

    @Test
    void reorderingReallyReordersAndJitterAloneDoesNot() throws IOException {
        List<Integer> plain = sendThrough(LinkProfile.rtt(Duration.ofMillis(2)).withJitter(Duration.ofMillis(1)), 500);
        assertThat(plain).as("jitter keeps the order, like a queue").isSorted().hasSize(500);
        link.close();
        List<Integer> shuffled =
                sendThrough(LinkProfile.rtt(Duration.ofMillis(2)).withReorder(0.1), 500);
        assertThat(shuffled).hasSize(500).containsExactlyInAnyOrderElementsOf(plain);
        int overtaken = 0; // packets that arrive after a later one
        int highest = -1;
        for (int n : shuffled) {
            if (n < highest) {
                overtaken++;
            }
            highest = Math.max(highest, n);
        }
        assertThat(overtaken).isGreaterThan(20);
        assertThat(link.toServer().reordered()).isBetween(25L, 80L);
    }

    @Test
    void delayAddsTheRoundTrip() throws IOException {
        start(LinkProfile.rtt(Duration.ofMillis(40)));
        long t0 = System.nanoTime();
        send(client, 1, link.address());
        assertThat(receiveAll(server, 1000)).containsExactly(1);
        // one way: half the round trip; asserted from below only, the machine may add to it
        assertThat(System.nanoTime() - t0)
                .isGreaterThanOrEqualTo(Duration.ofMillis(20).toNanos());
    }

    @Test
    void eachServerSourcePortGetsItsOwnClientFacingSocket() throws IOException {
        start(LinkProfile.rtt(Duration.ZERO));
        send(client, 1, link.address());
        DatagramPacket request = new DatagramPacket(new byte[64], 64);
        server.receive(request);
        InetSocketAddress clientAsSeen = (InetSocketAddress) request.getSocketAddress();
        try (DatagramSocket tid1 = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                DatagramSocket tid2 = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            tid2.setSoTimeout(2000);
            tid1.setSoTimeout(2000);
            send(tid1, 10, clientAsSeen);
            send(tid2, 20, clientAsSeen);
            Set<Integer> ports = new HashSet<>();
            for (int i = 0; i < 2; i++) {
                DatagramPacket p = new DatagramPacket(new byte[64], 64);
                client.receive(p);
                ports.add(p.getPort());
                int n = ByteBuffer.wrap(p.getData(), 4, 4).getInt();
                // the client answers the TID it got the packet from; the server sees it on that socket
                send(client, n + 1, (InetSocketAddress) p.getSocketAddress());
            }
            assertThat(ports).hasSize(2).doesNotContain(link.address().getPort());
            assertThat(receiveAll(tid1, 500)).containsExactly(11);
            assertThat(receiveAll(tid2, 500)).containsExactly(21);
        }
        assertThat(link.serverPorts()).hasSize(2);
        assertThat(clientAsSeen.getPort()).isNotEqualTo(client.getLocalPort());
    }

    @Test
    void stopsByItselfAfterItsPacketBudget() throws Exception {
        link = LinkEmulator.start(
                (InetSocketAddress) server.getLocalSocketAddress(), LinkProfile.rtt(Duration.ZERO), LIMIT, 5);
        for (int i = 0; i < 5; i++) {
            send(client, i, link.address());
        }
        assertThat(link.awaitStop(Duration.ofSeconds(5))).isTrue();
        assertThat(link.isRunning()).isFalse();
    }

    @Test
    void stopsByItselfAfterItsTime() throws Exception {
        link = LinkEmulator.start(
                (InetSocketAddress) server.getLocalSocketAddress(),
                LinkProfile.rtt(Duration.ZERO),
                Duration.ofMillis(200),
                1000);
        assertThat(link.awaitStop(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void refusesToRelayAnywhereButLoopback() {
        assertThatThrownBy(() -> LinkEmulator.start(
                        new InetSocketAddress("192.0.2.1", 69), LinkProfile.rtt(Duration.ZERO), LIMIT, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }
}
