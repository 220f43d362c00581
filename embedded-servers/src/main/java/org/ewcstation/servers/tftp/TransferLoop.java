package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One selector thread that drives many transfers: each ACK is read, answered and the next DATA sent
 * on this thread, with no hand-off. With several transfers running, one wake-up serves every socket
 * that became readable meanwhile, which is where it beats a thread per transfer (docs/decisions/0002).
 *
 * <p>Timeouts: each transfer has a deadline; the loop keeps the earliest it may have to act on and
 * scans its transfers only when that time comes (a deadline only moves later on an ACK, except when a
 * transfer re-arms with a shorter one, which lowers the bound at once).
 */
final class TransferLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(TransferLoop.class);

    private final Selector selector;
    private final Queue<TransferSession> incoming = new ConcurrentLinkedQueue<>();
    private final List<TransferSession> sessions = new ArrayList<>();
    private final BooleanSupplier stopping;
    /** DATA is built here, one packet at a time, for every transfer of this loop. */
    private final ByteBuffer out = ByteBuffer.allocateDirect(4 + TftpSettings.MAX_BLOCK_SIZE);
    /** ACKs and ERRORs; anything longer is cut, which no valid packet to a read transfer is. */
    private final ByteBuffer in = ByteBuffer.allocateDirect(1024);

    private long nextScan = Long.MAX_VALUE;

    TransferLoop(BooleanSupplier stopping) throws IOException {
        this.selector = Selector.open();
        this.stopping = stopping;
    }

    /** From any thread: the loop starts the transfer on its next turn. */
    void submit(TransferSession session) {
        incoming.add(session);
        selector.wakeup();
    }

    /** From any thread: the loop ends its transfers (SERVER_STOPPED) and returns. */
    void wakeup() {
        selector.wakeup();
    }

    @Override
    public void run() {
        try {
            while (!stopping.getAsBoolean()) {
                startIncoming();
                long wait = nextScan == Long.MAX_VALUE ? 0 : nextScan - System.nanoTime();
                if (nextScan != Long.MAX_VALUE && wait <= 0) {
                    selector.selectNow(this::readable);
                } else {
                    // select takes milliseconds: round up so a deadline is never polled early in a spin
                    selector.select(this::readable, wait == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(wait) + 1);
                }
                if (System.nanoTime() - nextScan >= 0) {
                    scanDeadlines();
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!stopping.getAsBoolean()) {
                LOG.error("TFTP transfer loop failed; its transfers end", e);
            }
        } finally {
            stopAll();
        }
    }

    private void startIncoming() {
        for (TransferSession s; (s = incoming.poll()) != null; ) {
            try {
                s.channel().configureBlocking(false);
                s.channel().register(selector, SelectionKey.OP_READ, s);
                sessions.add(s);
                lowerScan(s.transfer().start(out, System.nanoTime()));
            } catch (IOException | RuntimeException e) {
                s.failed(e, stopping.getAsBoolean());
            }
        }
    }

    private void readable(SelectionKey key) {
        pump((TransferSession) key.attachment(), key, false);
    }

    /**
     * Reads one datagram and lets the transfer answer it; with {@code timedOut}, when none is waiting, the
     * transfer's deadline has passed and it resends or gives up. An ACK that arrived just as the deadline
     * passed is taken first. Returns false once the transfer has ended.
     */
    private boolean pump(TransferSession s, SelectionKey key, boolean timedOut) {
        Transfer t = s.transfer();
        try {
            if (readOne(s) > 0) {
                in.flip();
                lowerScan(t.onDatagram(in, out, System.nanoTime()));
            } else if (timedOut) {
                t.onTimeout(out, System.nanoTime());
            }
            if (t.finished()) {
                end(key, s);
                s.completed();
                return false;
            }
            return true;
        } catch (TransferFailure f) {
            end(key, s);
            s.failed(f);
        } catch (IOException | RuntimeException e) {
            end(key, s);
            s.failed(e, stopping.getAsBoolean());
        }
        return false;
    }

    /** One datagram; if more wait, the selector reports the key again. */
    private int readOne(TransferSession s) throws IOException {
        in.clear();
        try {
            return s.channel().read(in);
        } catch (PortUnreachableException e) {
            // Linux reports an ICMP error before the datagrams already queued: when a retransmission of the
            // last block crossed the client's final ACK and the client has exited, that ACK is still there
            in.clear();
            int n = s.channel().read(in);
            if (n <= 0) {
                throw e;
            }
            return n;
        }
    }

    private void scanDeadlines() {
        long now = System.nanoTime();
        long earliest = Long.MAX_VALUE;
        for (int i = sessions.size() - 1; i >= 0; i--) {
            TransferSession s = sessions.get(i);
            Transfer t = s.transfer();
            if (!s.channel().isOpen()
                    || now - t.deadline() >= 0 && !pump(s, s.channel().keyFor(selector), true)) {
                removeAt(i);
                continue;
            }
            earliest = Math.min(earliest, t.deadline());
        }
        nextScan = earliest;
    }

    private void removeAt(int i) {
        int last = sessions.size() - 1;
        sessions.set(i, sessions.get(last));
        sessions.remove(last);
    }

    private void lowerScan(long deadline) {
        if (deadline - nextScan < 0 || nextScan == Long.MAX_VALUE) {
            nextScan = deadline;
        }
    }

    /** Stops watching a finished transfer; the scan drops it from the list (its socket is closed then). */
    private void end(SelectionKey key, TransferSession s) {
        if (key != null) {
            key.cancel();
        }
        lowerScan(System.nanoTime());
    }

    private void stopAll() {
        for (TransferSession s; (s = incoming.poll()) != null; ) {
            sessions.add(s);
        }
        for (TransferSession s : sessions) {
            s.failed(new IOException("server stopped"), true);
        }
        sessions.clear();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("Closing selector", e);
        }
    }
}
