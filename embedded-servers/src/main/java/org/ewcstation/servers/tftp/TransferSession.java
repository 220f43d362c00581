package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.ewcstation.servers.event.TransferEvent.FailureReason;
import org.ewcstation.servers.event.TransferRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One accepted read request from its OACK or first block to its one Completed or Failed event: the
 * protocol state, its socket (TID), the file, the registry entry. Whatever engine drives it calls
 * exactly one of the ending methods, which release everything.
 */
final class TransferSession {

    private static final Logger LOG = LoggerFactory.getLogger(TransferSession.class);

    private final InetSocketAddress peer;
    private final byte[] request;
    private final String name;
    private final DatagramChannel channel;
    private final BlockSource source;
    private final TransferRegistry.Live live;
    private final TransferProgress progress;
    private final Transfer transfer;
    private final Runnable onDone;
    private final AtomicBoolean closed = new AtomicBoolean();

    TransferSession(
            RequestHandler.Accepted accepted,
            TransferRegistry.Live live,
            TransferProgress progress,
            Transfer transfer,
            Runnable onDone) {
        this.peer = accepted.peer();
        this.request = accepted.request();
        this.name = accepted.name();
        this.channel = accepted.channel();
        this.source = accepted.source();
        this.live = live;
        this.progress = progress;
        this.transfer = transfer;
        this.onDone = onDone;
    }

    Transfer transfer() {
        return transfer;
    }

    DatagramChannel channel() {
        return channel;
    }

    InetSocketAddress peer() {
        return peer;
    }

    boolean isSameRequest(byte[] other) {
        return Arrays.equals(request, other);
    }

    void completed() {
        if (closed.compareAndSet(false, true)) {
            progress.completed();
            release();
        }
    }

    void failed(TransferFailure f) {
        if (closed.compareAndSet(false, true)) {
            if (f.tellPeer()) {
                Transfer.sendError(channel, peer, TFTPErrorPacket.UNDEFINED, f.getMessage());
            }
            progress.failed(f.reason(), f.getMessage());
            release();
        }
    }

    /** A socket or file error; {@code stopping} says the server is closing it on purpose. */
    void failed(Exception e, boolean stopping) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (stopping) {
            progress.failed(FailureReason.SERVER_STOPPED, "server stopped");
        } else if (e instanceof PortUnreachableException) {
            // an ICMP error surfaced on a send or receive: the client went away
            progress.failed(FailureReason.ABORTED_BY_PEER, "ICMP port unreachable: the client went away");
        } else {
            LOG.warn("TFTP transfer of {} to {} failed", name, peer, e);
            Transfer.sendError(channel, peer, TFTPErrorPacket.UNDEFINED, "Read error");
            progress.failed(FailureReason.IO_ERROR, String.valueOf(e.getMessage()));
        }
        release();
    }

    /** Wakes a thread blocked on this transfer's socket (the thread engine's stop). */
    void interrupt() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing transfer socket", e);
        }
    }

    private void release() {
        try {
            live.close();
        } finally {
            try {
                source.close();
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing transfer of {}", name, e);
            } finally {
                onDone.run();
            }
        }
    }
}
