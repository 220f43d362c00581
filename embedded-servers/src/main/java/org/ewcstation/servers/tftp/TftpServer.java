package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.servers.net.OncePerPeer;
import org.ewcstation.servers.net.PeerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded read-only TFTP server (RFC 1350, 2347, 2348, 2349, 7440). One thread reads the request
 * port, checks each read request and opens its file and socket; the transfers then run on a few
 * selector threads ({@link TransferLoop}, one per core up to four), each driving many transfers
 * without a hand-off per packet. A repeated RRQ from a peer whose transfer is still running is
 * dropped: that transfer retransmits by itself, and a second one would only race it.
 *
 * <p>Events are delivered on one thread of their own, in order, so a slow listener never holds up a
 * transfer. The choice of selector loops over a thread per transfer, with the numbers, is in
 * docs/decisions/0002; {@code -Dewcstation.tftp.engine=threads} brings the thread per transfer back
 * for measuring.
 */
public final class TftpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TftpServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);
    static final String ENGINE_PROPERTY = "ewcstation.tftp.engine";

    private final TftpSettings settings;
    private final TransferListener events;
    private final TransferRegistry registry;
    private final ThreadFactory transferThreads;
    private final boolean threadPerTransfer;
    private final ConcurrentHashMap<InetSocketAddress, TransferSession> active = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final PeerAdmission peers;
    private final PeerFilter allowed;
    private final OncePerPeer reported = new OncePerPeer();
    private final OncePerPeer errorPace = new OncePerPeer();
    private final List<TransferLoop> loops = new ArrayList<>();
    private final List<Thread> loopThreads = new ArrayList<>();
    private volatile boolean stopping;
    private DatagramChannel requestChannel;
    private Thread receiver;
    private TransferContext context;
    private ExecutorService eventThread;
    private int nextLoop;

    public TftpServer(TftpSettings settings, TransferListener events, TransferRegistry registry) {
        this(settings, events, registry, PeerFilter.anyHost(), defaultThreads());
    }

    /** Answers only the addresses {@code allowed} lets through. */
    public TftpServer(TftpSettings settings, TransferListener events, TransferRegistry registry, PeerFilter allowed) {
        this(settings, events, registry, allowed, defaultThreads());
    }

    /** {@code transferThreads} is used only by the thread-per-transfer engine, when that is chosen. */
    public TftpServer(
            TftpSettings settings,
            TransferListener events,
            TransferRegistry registry,
            PeerFilter allowed,
            ThreadFactory transferThreads) {
        this.settings = settings;
        this.allowed = allowed;
        this.events = events;
        this.registry = registry;
        this.transferThreads = transferThreads;
        this.threadPerTransfer = "threads".equals(System.getProperty(ENGINE_PROPERTY));
        this.peers = new PeerAdmission(settings.peerLimits(), System::nanoTime);
    }

    /** Named daemon platform threads with a small stack: the transfer loop is shallow. */
    public static ThreadFactory defaultThreads() {
        return Thread.ofPlatform()
                .name("tftp-transfer-", 1)
                .daemon()
                .stackSize(256 * 1024)
                .factory();
    }

    /** Opens the request port and starts serving; throws a coded exception the UI can explain. */
    public synchronized void start() throws IOException {
        if (requestChannel != null) {
            throw new IllegalStateException("already started");
        }
        RootFolder root = new RootFolder(settings.root());
        InetAddress bind = settings.bindAddress();
        ProtocolFamily family =
                bind instanceof Inet4Address ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
        DatagramChannel channel;
        try {
            channel = bindRequestChannel(family, bind);
        } catch (TftpBindException e) {
            if (bind != null || e.reason() != TftpBindException.Reason.ADDRESS_NOT_AVAILABLE) {
                throw e;
            }
            // IPv6 is switched off on this host: the wildcard falls back to IPv4 alone
            family = StandardProtocolFamily.INET;
            channel = bindRequestChannel(family, null);
        }
        InetAddress local = ((InetSocketAddress) channel.getLocalAddress()).getAddress();
        requestChannel = channel;
        eventThread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("tftp-events").daemon().factory());
        ExecutorService deliver = eventThread;
        TransferListener async = event -> {
            try {
                deliver.execute(() -> events.onEvent(event));
            } catch (RejectedExecutionException e) {
                events.onEvent(event); // after close: a late thread-engine transfer reports in place
            }
        };
        context = new TransferContext(
                settings,
                root,
                async,
                registry,
                channel,
                family,
                local,
                new TransferPorts(settings.transferPorts()),
                () -> stopping);
        if (!threadPerTransfer) {
            startLoops();
        }
        receiver = Thread.ofPlatform().name("tftp-requests").daemon().unstarted(this::receiveRequests);
        receiver.start();
        LOG.info("TFTP server serving {} on UDP {}", root.root(), localAddress());
    }

    private void startLoops() throws IOException {
        int count = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
        for (int i = 0; i < count; i++) {
            TransferLoop loop = new TransferLoop(() -> stopping);
            loops.add(loop);
            Thread t = Thread.ofPlatform()
                    .name("tftp-transfers-" + (i + 1))
                    .daemon()
                    .unstarted(loop);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("TFTP transfer loop {} died", th.getName(), e));
            loopThreads.add(t);
            t.start();
        }
    }

    /** Where requests are received (the real port when 0 was asked for). */
    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) requestChannel.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("server not running", e);
        }
    }

    public TftpSettings settings() {
        return settings;
    }

    /** Transfers running now. */
    public int activeTransfers() {
        return running.get();
    }

    private DatagramChannel bindRequestChannel(ProtocolFamily family, InetAddress bind) throws TftpBindException {
        InetSocketAddress address = new InetSocketAddress(bind == null ? wildcard(family) : bind, settings.port());
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open(family);
            channel.bind(address);
            return channel;
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(channel);
            throw TftpBindException.classify(
                    address, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    private static InetAddress wildcard(ProtocolFamily family) {
        try {
            return InetAddress.getByName(family == StandardProtocolFamily.INET ? "0.0.0.0" : "::");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private void receiveRequests() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(65536);
        while (!stopping) {
            try {
                buffer.clear();
                SocketAddress from = requestChannel.receive(buffer);
                buffer.flip();
                byte[] request = new byte[buffer.remaining()];
                buffer.get(request);
                dispatch((InetSocketAddress) from, request);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!stopping) {
                    LOG.warn("TFTP request port read failed; continuing", e);
                }
            }
        }
    }

    private void dispatch(InetSocketAddress peer, byte[] request) {
        if (!allowed.allows(peer.getAddress())) {
            refuseNotAllowed(peer);
            return;
        }
        int opcode = request.length >= 2 && request[0] == 0 ? request[1] : -1;
        if (opcode >= TFTPPacket.DATA && opcode <= TFTPPacket.OACK) {
            // a stray packet of some transfer (tftp-hpa ACKs the ERROR of a refusal): never answer it, above
            // all never an ERROR with an ERROR, which two servers could ping-pong forever
            LOG.debug("Transfer packet (opcode {}) from {} on the request port; dropped", opcode, peer);
            return;
        }
        if (opcode != TFTPPacket.READ_REQUEST) {
            // junk and write requests are answered here, cheaply, without a thread per packet
            RequestHandler.refuseInline(context, peer, request);
            return;
        }
        TransferSession previous = active.get(peer);
        if (previous != null && previous.isSameRequest(request)) {
            LOG.debug("Repeated request from {} while its transfer runs; ignored", peer);
            return;
        }
        PeerAdmission.Verdict verdict = peers.admit(peer.getAddress());
        if (verdict != PeerAdmission.Verdict.ADMITTED) {
            refusePeer(peer, verdict);
            return;
        }
        if (running.get() >= settings.maxTransfers()) {
            peers.ended(peer.getAddress());
            Transfer.sendError(requestChannel, peer, TFTPErrorPacket.UNDEFINED, "Server busy, try again");
            context.events()
                    .onEvent(new TransferEvent.Refused(
                            Instant.now(), Protocol.TFTP, peer, "", RefusalReason.BUSY, "too many transfers"));
            return;
        }
        running.incrementAndGet();
        TransferSession[] self = new TransferSession[1];
        TransferSession session = new RequestHandler(context, peer, request).accept(() -> {
            active.remove(peer, self[0]);
            running.decrementAndGet();
            peers.ended(peer.getAddress());
        });
        if (session == null) {
            running.decrementAndGet();
            peers.ended(peer.getAddress());
            return;
        }
        self[0] = session;
        active.put(peer, session);
        if (threadPerTransfer) {
            Thread thread = transferThreads.newThread(new TransferThread(session, () -> stopping));
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("TFTP transfer thread {} died", t.getName(), e));
            thread.start();
        } else {
            loops.get(Math.floorMod(nextLoop++, loops.size())).submit(session);
        }
    }

    /**
     * One address over its share: an ERROR packet that says why (at most one a second per address, so a flood is
     * not answered packet for packet), and one log line and event per address.
     */
    private void refusePeer(InetSocketAddress peer, PeerAdmission.Verdict verdict) {
        boolean tooMany = verdict == PeerAdmission.Verdict.TOO_MANY;
        String why = tooMany
                ? "Too many transfers from your address (at most "
                        + settings.peerLimits().tftpTransfersPerPeer() + " at once)"
                : "Too many requests from your address (at most "
                        + settings.peerLimits().tftpRequestsPerSecond() + " a second)";
        if (errorPace.first(peer.getAddress(), Long.toString(System.nanoTime() / 1_000_000_000L))) {
            Transfer.sendError(requestChannel, peer, TFTPErrorPacket.UNDEFINED, why);
        }
        if (reported.first(peer.getAddress(), verdict.name())) {
            LOG.warn("TFTP requests from {} refused: {}", IpText.of(peer.getAddress()), why);
            context.events()
                    .onEvent(new TransferEvent.Refused(
                            Instant.now(), Protocol.TFTP, peer, "", RefusalReason.PEER_LIMIT, why));
        }
    }

    /** Not a controller of the run nor an added address: told once a second at most, logged once per address. */
    private void refuseNotAllowed(InetSocketAddress peer) {
        String why = "This server answers only the controllers it serves";
        if (errorPace.first(peer.getAddress(), Long.toString(System.nanoTime() / 1_000_000_000L))) {
            Transfer.sendError(requestChannel, peer, TFTPErrorPacket.ACCESS_VIOLATION, why);
        }
        if (reported.first(peer.getAddress(), RefusalReason.NOT_ALLOWED.name())) {
            String detail = "allowed: " + allowed.describe();
            LOG.warn(
                    "TFTP requests from {} refused: not an allowed address ({})", IpText.of(peer.getAddress()), detail);
            context.events()
                    .onEvent(new TransferEvent.Refused(
                            Instant.now(), Protocol.TFTP, peer, "", RefusalReason.NOT_ALLOWED, detail));
        }
    }

    /** Stops receiving, ends every transfer (each reports SERVER_STOPPED) and waits briefly for them. */
    @Override
    public void close() {
        synchronized (this) {
            if (requestChannel == null || stopping) {
                return;
            }
            stopping = true;
        }
        closeQuietly(requestChannel);
        loops.forEach(TransferLoop::wakeup);
        active.values().forEach(TransferSession::interrupt);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            receiver.join(STOP_WAIT);
            for (Thread t : loopThreads) {
                t.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            }
            while (running.get() > 0 && System.nanoTime() < deadline) {
                active.values().forEach(TransferSession::interrupt);
                TimeUnit.MILLISECONDS.sleep(10); // bounded shutdown wait for transfer threads to report their end
            }
            eventThread.shutdown();
            eventThread.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("TFTP server stopped");
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing TFTP socket", e);
            }
        }
    }
}
