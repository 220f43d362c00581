package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.ewcstation.servers.event.TransferEvent.FailureReason;

/**
 * The protocol of one read transfer on its own connected socket (its TID), as a state machine the
 * engine drives: {@link #start}, then {@link #onDatagram} for each packet from the peer and
 * {@link #onTimeout} when {@link #deadline()} passes. OACK, then DATA in windows of {@code windowsize}
 * blocks (1 = RFC 1350 lock-step), block numbers wrapping past 65535.
 *
 * <ul>
 *   <li>A duplicate or stale ACK is never answered (RFC 1123 4.2.3.1: answering it is the Sorcerer's
 *       Apprentice syndrome, which doubles every packet from then on).
 *   <li>A timeout resends the window from the first unacknowledged block (RFC 7440), and so does an
 *       ACK in mid-window.
 *   <li>The timeout adapts to measured round trips ({@link RetransmissionTimer}); only blocks sent once
 *       give a sample (Karn). The transfer gives up after {@code (maxRetries + 1) × ceiling} without an
 *       ACK that moves it on, as long as a fixed timeout with that many retries would have waited.
 * </ul>
 *
 * The engine lends the buffer DATA is built in, so the transfer holds no packet memory of its own.
 */
final class Transfer {

    private final DatagramChannel channel;
    private final BlockSource source;
    private final TransferProgress progress;
    private final RetransmissionTimer timer;
    private final ByteBuffer oack;
    private final int blockSize;
    private final int window;
    private final long patienceNanos;

    private boolean optionsAcked;
    private long base = 1;
    private long sentUpTo;
    private long finalBlock;
    private long finalBytes;
    private long deadline;
    private long lastProgress;
    private long timedBlock = -1;
    private long timedAt;
    private int retransmissions;
    private boolean finished;

    Transfer(
            DatagramChannel channel,
            Negotiation negotiation,
            BlockSource source,
            TransferProgress progress,
            TftpSettings settings) {
        this.channel = channel;
        this.source = source;
        this.progress = progress;
        this.blockSize = negotiation.blockSize();
        this.window = negotiation.windowSize();
        this.timer = new RetransmissionTimer(negotiation.timeout());
        this.patienceNanos = (settings.maxRetries() + 1L) * timer.ceilingNanos();
        this.oack = negotiation.hasOptions() ? ByteBuffer.wrap(OptionAck.encode(negotiation.oack())) : null;
        this.optionsAcked = oack == null;
        long size = source.size();
        this.finalBlock = size < 0 ? -1 : size / blockSize + 1;
        this.finalBytes = size;
    }

    /** Sends the OACK or the first window; returns the deadline. */
    long start(ByteBuffer out, long now) throws IOException {
        lastProgress = now;
        if (oack != null) {
            channel.write(oack.duplicate());
            timedBlock = 0;
            timedAt = now;
        } else {
            sendWindow(out, now);
        }
        return arm(now);
    }

    /** A packet from the peer's TID, from position 0 to the limit of {@code in}; returns the deadline. */
    long onDatagram(ByteBuffer in, ByteBuffer out, long now) throws TransferFailure, IOException {
        if (in.limit() < 4 || in.get(0) != 0) {
            return deadline; // junk from the peer's TID: ignore, keep the deadline
        }
        int opcode = in.get(1);
        if (opcode == TFTPPacket.ERROR) {
            throw peerError(in); // e.g. error 8: the client rejects our options
        }
        if (opcode != TFTPPacket.ACKNOWLEDGEMENT) {
            return deadline;
        }
        int wire = in.getShort(2) & 0xFFFF;
        if (!optionsAcked) {
            if (wire != 0) {
                return deadline;
            }
            optionsAcked = true;
            acknowledged(0, now);
            sendWindow(out, now);
            return arm(now);
        }
        long acked = (base - 1) + ((wire - (base - 1)) & 0xFFFF);
        if (acked == base - 1 || acked > sentUpTo) {
            return deadline; // duplicate or stale: answering it would start the Sorcerer's Apprentice
        }
        acknowledged(acked, now);
        base = acked + 1;
        if (finalBlock > 0 && acked >= finalBlock) {
            progress.acknowledged(finalBytes);
            finished = true;
            return deadline;
        }
        progress.acknowledged(acked * blockSize);
        sendWindow(out, now);
        return arm(now);
    }

    /** The deadline passed without an ACK that moves the transfer on: resend, or give up. */
    long onTimeout(ByteBuffer out, long now) throws TransferFailure, IOException {
        if (now - lastProgress >= patienceNanos) {
            throw new TransferFailure(
                    FailureReason.TIMEOUT,
                    "no ACK for block " + (optionsAcked ? base : 0) + " after " + retransmissions + " retransmissions",
                    true);
        }
        retransmissions++;
        timer.backOff();
        timedBlock = -1; // Karn: a resent packet's ACK says nothing about the round trip
        if (!optionsAcked) {
            channel.write(oack.duplicate());
        } else {
            sendWindow(out, now);
        }
        return arm(now);
    }

    long deadline() {
        return deadline;
    }

    int blockSize() {
        return blockSize;
    }

    boolean finished() {
        return finished;
    }

    private void acknowledged(long acked, long now) {
        if (timedBlock == acked) {
            timer.sample(now - timedAt);
        }
        timedBlock = -1;
        lastProgress = now;
        retransmissions = 0;
    }

    private long arm(long now) {
        deadline = Math.min(now + timer.timeoutNanos(), lastProgress + patienceNanos);
        return deadline;
    }

    private void sendWindow(ByteBuffer out, long now) throws IOException {
        long end = base + window;
        long last = -1;
        boolean fresh = false;
        for (long k = base; k < end; k++) {
            if (finalBlock > 0 && k > finalBlock) {
                break;
            }
            out.clear();
            out.putShort((short) TFTPPacket.DATA).putShort((short) k); // (short) wraps 65536 to 0
            int length = source.read(k, out);
            out.flip();
            channel.write(out); // a full send buffer drops the packet; the timeout resends it
            last = k;
            if (k > sentUpTo) {
                sentUpTo = k;
                fresh = true;
            }
            if (length < blockSize) {
                if (finalBlock < 0) {
                    finalBlock = k;
                    finalBytes = (k - 1) * blockSize + length;
                }
                break;
            }
        }
        if (fresh && timedBlock < 0) {
            timedBlock = last;
            timedAt = now;
        }
    }

    private static TransferFailure peerError(ByteBuffer in) {
        int code = in.getShort(2) & 0xFFFF;
        int end = 4;
        while (end < in.limit() && in.get(end) != 0) {
            end++;
        }
        byte[] text = new byte[end - 4];
        in.get(4, text);
        return new TransferFailure(
                FailureReason.ABORTED_BY_PEER,
                "error " + code + ": " + new String(text, StandardCharsets.UTF_8),
                false);
    }

    /** Best effort: the peer may be gone already. */
    static void sendError(DatagramChannel channel, InetSocketAddress peer, int code, String text) {
        try {
            DatagramPacket packet = new TFTPErrorPacket(peer.getAddress(), peer.getPort(), code, text).newDatagram();
            ByteBuffer bytes = ByteBuffer.wrap(packet.getData(), 0, packet.getLength());
            if (channel.isConnected()) {
                channel.write(bytes);
            } else {
                channel.send(bytes, peer);
            }
        } catch (IOException | RuntimeException e) {
            // nothing more to do for a peer we cannot reach
        }
    }
}
