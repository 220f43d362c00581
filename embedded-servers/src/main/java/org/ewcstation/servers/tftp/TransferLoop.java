package org.ewcstation.servers.tftp;

import java.io.IOException;
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

    int size() {
        return sessions.size() + incoming.size();
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
        TransferSession s = (TransferSession) key.attachment();
        Transfer t = s.transfer();
        try {
            in.clear();
            int n = s.channel().read(in); // one datagram; if more wait, the selector reports the key again
            if (n <= 0) {
                return;
            }
            in.flip();
            lowerScan(t.onDatagram(in, out, System.nanoTime()));
            if (t.finished()) {
                end(key, s);
                s.completed();
            }
        } catch (TransferFailure f) {
            end(key, s);
            s.failed(f);
        } catch (IOException | RuntimeException e) {
            end(key, s);
            s.failed(e, stopping.getAsBoolean());
        }
    }

    private void scanDeadlines() {
        long now = System.nanoTime();
        long earliest = Long.MAX_VALUE;
        for (int i = sessions.size() - 1; i >= 0; i--) {
            TransferSession s = sessions.get(i);
            Transfer t = s.transfer();
            if (!s.channel().isOpen()) {
                removeAt(i);
                continue;
            }
            if (now - t.deadline() >= 0) {
                try {
                    t.onTimeout(out, now);
                } catch (TransferFailure f) {
                    end(s.channel().keyFor(selector), s);
                    s.failed(f);
                    removeAt(i);
                    continue;
                } catch (IOException | RuntimeException e) {
                    end(s.channel().keyFor(selector), s);
                    s.failed(e, stopping.getAsBoolean());
                    removeAt(i);
                    continue;
                }
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
