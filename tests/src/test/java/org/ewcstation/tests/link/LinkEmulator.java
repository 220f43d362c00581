package org.ewcstation.tests.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.TimeUnit;

/**
 * A UDP relay on loopback that behaves like a slow, lossy link (delay, jitter, loss, duplication,
 * reordering: {@link LinkProfile}), for tests and benchmarks on machines without netem or root.
 *
 * <p>It keeps TFTP's transfer IDs: each client gets its own server-facing socket, and each server
 * source port (a transfer's TID) gets its own client-facing socket, so a client sees a distinct TID
 * per transfer and the server sees a distinct client per client, as on a real link. Packets from the
 * server's request port (refusals) come back through the front socket.
 *
 * <p>Bounded: it stops by itself after {@code maxTime} or {@code maxPackets} received packets, whichever
 * comes first, and only ever talks to loopback addresses.
 */
public final class LinkEmulator implements AutoCloseable {

    enum Direction {
        TO_SERVER,
        TO_CLIENT
    }

    private final InetSocketAddress server;
    private final LinkProfile profile;
    private final long maxPackets;
    private final long stopAt;
    private final Selector selector;
    private final DatagramChannel front;
    private final Map<InetSocketAddress, Upstream> clients = new HashMap<>();
    private final Set<Integer> serverPorts = ConcurrentHashMap.newKeySet();
    private final DelayQueue<Scheduled> queue = new DelayQueue<>();
    private final LinkStats toServer = new LinkStats();
    private final LinkStats toClient = new LinkStats();
    private final Lane toServerLane;
    private final Lane toClientLane;
    private final CountDownLatch stopped = new CountDownLatch(2);
    private final List<DatagramChannel> channels = new ArrayList<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(65536);
    private volatile boolean closing;
    private long sequence;

    /** The server-facing socket of one client, and the client-facing socket per server source port. */
    private record Upstream(InetSocketAddress client, DatagramChannel channel, Map<Integer, DatagramChannel> down) {}

    /** What a socket's packets are: from a client (front or a TID socket) or from the server. */
    private record Route(Upstream upstream, int serverPort) {}

    /** One direction's random stream and the time its last packet leaves (jitter keeps order). */
    private static final class Lane {
        final SplittableRandom random;
        long lastDue;

        Lane(long seed) {
            random = new SplittableRandom(seed);
        }
    }

    private LinkEmulator(
            InetSocketAddress server, LinkProfile profile, Duration maxTime, long maxPackets, int frontPort)
            throws IOException {
        if (!server.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the link emulator relays to loopback only, not " + server);
        }
        this.server = server;
        this.profile = profile;
        this.maxPackets = maxPackets;
        this.stopAt = System.nanoTime() + maxTime.toNanos();
        this.toServerLane = new Lane(profile.seed());
        this.toClientLane = new Lane(profile.seed() * 31 + 7);
        this.selector = Selector.open();
        this.front = open(frontPort);
        front.register(selector, SelectionKey.OP_READ, new Route(null, -1));
    }

    /**
     * Starts relaying to {@code server} (a loopback address); clients talk to {@link #address()}.
     *
     * @param maxTime    the emulator stops by itself after this long
     * @param maxPackets ... or after receiving this many packets in all
     */
    public static LinkEmulator start(InetSocketAddress server, LinkProfile profile, Duration maxTime, long maxPackets)
            throws IOException {
        return start(server, profile, maxTime, maxPackets, 0);
    }

    /** As {@link #start(InetSocketAddress, LinkProfile, Duration, long)}, on a chosen front port. */
    public static LinkEmulator start(
            InetSocketAddress server, LinkProfile profile, Duration maxTime, long maxPackets, int frontPort)
            throws IOException {
        LinkEmulator link = new LinkEmulator(server, profile, maxTime, maxPackets, frontPort);
        link.startThreads();
        return link;
    }

    private void startThreads() {
        Thread.ofPlatform().name("link-io").daemon().start(this::relay);
        Thread.ofPlatform().name("link-send").daemon().start(this::deliver);
    }

    /** Where clients send their requests. */
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) front.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public LinkStats toServer() {
        return toServer;
    }

    public LinkStats toClient() {
        return toClient;
    }

    /** The server source ports (TIDs) seen so far, each with its own client-facing socket. */
    public Set<Integer> serverPorts() {
        return Set.copyOf(serverPorts);
    }

    /** Waits until the emulator has stopped (by its limits or {@link #close()}). */
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public boolean isRunning() {
        return stopped.getCount() > 0;
    }

    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        queue.add(Scheduled.STOP); // wakes the sender
        try {
            stopped.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private DatagramChannel open(int port) throws IOException {
        DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET);
        ch.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        ch.configureBlocking(false);
        channels.add(ch);
        return ch;
    }

    private void relay() {
        try {
            long received = 0;
            while (!closing && received < maxPackets) {
                long left = stopAt - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                for (var it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    received += drain(key);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            // closing
        } finally {
            closing = true;
            queue.add(Scheduled.STOP);
            for (DatagramChannel ch : channels) {
                try {
                    ch.close();
                } catch (IOException e) {
                    // best effort
                }
            }
            try {
                selector.close();
            } catch (IOException e) {
                // best effort
            }
            stopped.countDown();
        }
    }

    private int drain(SelectionKey key) throws IOException {
        DatagramChannel ch = (DatagramChannel) key.channel();
        Route route = (Route) key.attachment();
        int n = 0;
        while (true) {
            buffer.clear();
            InetSocketAddress from;
            try {
                from = (InetSocketAddress) ch.receive(buffer);
            } catch (ClosedChannelException e) {
                return n;
            } catch (IOException e) {
                continue; // an ICMP error from an earlier send: the relay goes on
            }
            if (from == null) {
                return n;
            }
            n++;
            buffer.flip();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            route(route, from, bytes);
        }
    }

    private void route(Route route, InetSocketAddress from, byte[] bytes) throws IOException {
        if (route.upstream() == null || route.serverPort() >= 0) {
            // from a client: to the request port (front) or to the transfer's TID (a client-facing socket)
            Upstream up = route.upstream() != null ? route.upstream() : upstreamFor(from);
            int port = route.serverPort() >= 0 ? route.serverPort() : server.getPort();
            schedule(Direction.TO_SERVER, up.channel(), new InetSocketAddress(server.getAddress(), port), bytes);
        } else {
            // from the server, on a client's server-facing socket
            Upstream up = route.upstream();
            DatagramChannel down = from.getPort() == server.getPort() ? front : downFor(up, from.getPort());
            schedule(Direction.TO_CLIENT, down, up.client(), bytes);
        }
    }

    private Upstream upstreamFor(InetSocketAddress client) throws IOException {
        Upstream up = clients.get(client);
        if (up == null) {
            up = new Upstream(client, open(0), new HashMap<>());
            up.channel().register(selector, SelectionKey.OP_READ, new Route(up, -1));
            clients.put(client, up);
        }
        return up;
    }

    private DatagramChannel downFor(Upstream up, int serverPort) throws IOException {
        DatagramChannel down = up.down().get(serverPort);
        if (down == null) {
            down = open(0);
            down.register(selector, SelectionKey.OP_READ, new Route(up, serverPort));
            up.down().put(serverPort, down);
            serverPorts.add(serverPort);
        }
        return down;
    }

    private void schedule(Direction direction, DatagramChannel via, InetSocketAddress to, byte[] bytes) {
        boolean toServerSide = direction == Direction.TO_SERVER;
        LinkStats stats = toServerSide ? toServer : toClient;
        Lane lane = toServerSide ? toServerLane : toClientLane;
        stats.received.incrementAndGet();
        if (bytes.length >= 2 && bytes[0] == 0 && bytes[1] == 3) {
            stats.data.incrementAndGet();
        } else if (bytes.length >= 2 && bytes[0] == 0 && bytes[1] == 4) {
            stats.acks.incrementAndGet();
        }
        // the same four draws for every packet, so a seed fixes the n-th packet's fate
        double lose = lane.random.nextDouble();
        double twice = lane.random.nextDouble();
        double late = lane.random.nextDouble();
        double wobble = lane.random.nextDouble() * 2 - 1;
        if (lose < profile.loss()) {
            stats.dropped.incrementAndGet();
            return;
        }
        long now = System.nanoTime();
        long due = now
                + profile.delay().toNanos()
                + (long) (wobble * profile.jitter().toNanos());
        if (late < profile.reorder()) {
            stats.reordered.incrementAndGet();
            due = Math.max(due, lane.lastDue) + LinkProfile.REORDER_GAP.toNanos();
        } else {
            due = Math.max(due, lane.lastDue);
            lane.lastDue = due;
        }
        queue.add(new Scheduled(due, sequence++, via, to, bytes, stats));
        if (twice < profile.duplicate()) {
            stats.duplicated.incrementAndGet();
            queue.add(new Scheduled(due, sequence++, via, to, bytes, stats));
        }
    }

    private void deliver() {
        try {
            while (true) {
                Scheduled s = queue.take();
                if (s.via() == null) {
                    if (closing) {
                        return;
                    }
                    continue;
                }
                try {
                    s.via().send(ByteBuffer.wrap(s.bytes()), s.to());
                    s.stats().delivered.incrementAndGet();
                } catch (ClosedChannelException e) {
                    return;
                } catch (IOException e) {
                    // the peer is gone (ICMP): like a link whose far end went away
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }
}
