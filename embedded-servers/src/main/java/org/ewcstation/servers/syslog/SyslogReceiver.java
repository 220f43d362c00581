package org.ewcstation.servers.syslog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ewcstation.servers.ServerStartException;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.servers.net.OncePerPeer;
import org.ewcstation.servers.net.PeerFilter;
import org.ewcstation.servers.syslog.SyslogListener.DropReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A UDP syslog receiver for the controller's {@code logging host}. One named daemon thread reads
 * datagrams, drops what is oversized, binary or beyond the rate (counting each), parses the rest and
 * hands it to the listener. Nothing a peer sends can stop the loop.
 */
public final class SyslogReceiver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyslogReceiver.class);
    static final String NAME = "Syslog";
    private static final long DROP_LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final SyslogSettings settings;
    private final SyslogListener listener;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong oversized = new AtomicLong();
    private final AtomicLong garbage = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong notAllowed = new AtomicLong();
    private final PeerFilter allowed;
    private final OncePerPeer reported = new OncePerPeer();
    private DatagramChannel channel;
    private Thread thread;
    private long lastDropLog;

    public SyslogReceiver(SyslogSettings settings, SyslogListener listener) {
        this(settings, listener, PeerFilter.anyHost());
    }

    /** Takes messages only from the senders {@code allowed} lets through; the others are counted and dropped. */
    public SyslogReceiver(SyslogSettings settings, SyslogListener listener, PeerFilter allowed) {
        this.settings = settings;
        this.listener = listener;
        this.allowed = allowed;
    }

    /** Binds and starts the receiving thread; returns the bound address (port 0 becomes the real port). */
    public synchronized InetSocketAddress start() throws ServerStartException {
        if (channel != null) {
            return address();
        }
        DatagramChannel ch = null;
        try {
            ch = DatagramChannel.open();
            ch.bind(new InetSocketAddress(settings.bindAddress(), settings.port()));
        } catch (IOException e) {
            closeQuietly(ch);
            throw ServerStartException.ofBind(NAME, settings.bindAddress(), settings.port(), e);
        } catch (RuntimeException e) { // unresolved address
            closeQuietly(ch);
            throw new ServerStartException(
                    ServerStartException.Reason.BIND_FAILED,
                    List.of(
                            NAME,
                            String.valueOf(settings.port()),
                            settings.bindAddress(),
                            String.valueOf(e.getMessage())),
                    e);
        }
        channel = ch;
        DatagramChannel running = ch;
        thread = Thread.ofPlatform().name("syslog-receiver").daemon().start(() -> loop(running));
        LOG.info("Syslog receiver listening on UDP {}", address());
        return address();
    }

    public synchronized InetSocketAddress address() {
        try {
            return channel == null ? null : (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    public SyslogStats stats() {
        return new SyslogStats(
                received.get(), delivered.get(), oversized.get(), garbage.get(), rateLimited.get(), notAllowed.get());
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (channel == null) {
                return;
            }
            closeQuietly(channel);
            channel = null;
            t = thread;
        }
        try {
            t.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Syslog receiver stopped: {}", stats());
    }

    private void loop(DatagramChannel ch) {
        // one byte more than allowed, so a datagram that fills the buffer is known to be too long
        ByteBuffer buffer = ByteBuffer.allocate(settings.maxDatagramBytes() + 1);
        TokenBucket bucket = new TokenBucket(settings.messagesPerSecond(), settings.burst(), System::nanoTime);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        lastDropLog = System.nanoTime() - DROP_LOG_INTERVAL_NANOS;
        while (ch.isOpen()) {
            SocketAddress from;
            buffer.clear();
            try {
                from = ch.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Syslog receive failed; continuing", e);
                continue;
            }
            buffer.flip();
            received.incrementAndGet();
            InetSocketAddress sender = from instanceof InetSocketAddress isa ? isa : null;
            if (!allowed.allows(sender == null ? null : sender.getAddress())) {
                if (reported.first(sender == null ? null : sender.getAddress(), "syslog")) {
                    // forged syslog could plant a false diagnosis: only the controllers are listened to
                    LOG.warn(
                            "Syslog from {} dropped: not a controller of the run ({})",
                            IpText.hostPort(sender),
                            allowed.describe());
                }
                drop(DropReason.NOT_ALLOWED, notAllowed, sender, buffer.remaining());
                continue;
            }
            if (buffer.remaining() > settings.maxDatagramBytes()) {
                drop(DropReason.OVERSIZED, oversized, sender, buffer.remaining());
                continue;
            }
            if (!bucket.tryTake()) {
                drop(DropReason.RATE_LIMITED, rateLimited, sender, buffer.remaining());
                continue;
            }
            int length = buffer.remaining();
            String line;
            try {
                line = trimEnd(decoder.decode(buffer).toString());
            } catch (CharacterCodingException e) {
                line = null;
            }
            if (line == null || line.isBlank() || isBinary(line)) {
                drop(DropReason.GARBAGE, garbage, sender, length);
                continue;
            }
            deliver(new SyslogEvent(Instant.now(), sender, SyslogParser.parse(line), line));
        }
    }

    private void deliver(SyslogEvent event) {
        delivered.incrementAndGet();
        try {
            listener.onMessage(event);
        } catch (RuntimeException e) {
            LOG.warn("Syslog listener failed on a message from {}", event.sender(), e);
        }
    }

    private void drop(DropReason reason, AtomicLong counter, InetSocketAddress sender, int length) {
        counter.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastDropLog > DROP_LOG_INTERVAL_NANOS) { // a flood must not flood the log too
            lastDropLog = now;
            LOG.warn("Syslog datagram dropped ({}, {} bytes from {}); totals {}", reason, length, sender, stats());
        }
        try {
            listener.onDropped(reason, sender, length);
        } catch (RuntimeException e) {
            LOG.warn("Syslog listener failed on a drop", e);
        }
    }

    /** Control characters other than tab, CR and LF mean this is not a log line. */
    static boolean isBinary(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Senders end lines with LF, CRLF or NUL; none of it is part of the message. */
    static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static void closeQuietly(DatagramChannel ch) {
        if (ch == null) {
            return;
        }
        try {
            ch.close();
        } catch (IOException e) {
            LOG.debug("Closing the syslog socket failed", e);
        }
    }
}
