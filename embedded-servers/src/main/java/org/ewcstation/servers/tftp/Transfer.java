package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.ewcstation.servers.event.TransferEvent.FailureReason;

/**
 * One read transfer on its own connected socket (its TID): OACK, then DATA in windows of
 * {@code windowsize} blocks (1 = RFC 1350 lock-step), block numbers wrapping past 65535. One direct
 * buffer is reused for every DATA packet and one small array for every ACK, so a 300 MB image at
 * 512-byte blocks allocates nothing per packet. Blocking code on purpose: it runs on whatever thread
 * the server's factory makes (platform by default, virtual works too).
 */
final class Transfer {

    private static final int TIMED_OUT = -1;

    private final DatagramChannel channel;
    private final DatagramSocket socket;
    private final Negotiation negotiation;
    private final BlockSource source;
    private final TransferProgress progress;
    private final TftpSettings settings;
    private final ByteBuffer out;
    private final byte[] inBuffer = new byte[516];
    private final DatagramPacket in = new DatagramPacket(inBuffer, inBuffer.length);
    private final long timeoutNanos;

    private long finalBlock;
    private long finalBytes;
    private long sentUpTo;

    Transfer(
            DatagramChannel channel,
            Negotiation negotiation,
            BlockSource source,
            TransferProgress progress,
            TftpSettings settings) {
        this.channel = channel;
        this.socket = channel.socket();
        this.negotiation = negotiation;
        this.source = source;
        this.progress = progress;
        this.settings = settings;
        this.out = ByteBuffer.allocateDirect(4 + negotiation.blockSize());
        this.timeoutNanos = negotiation.timeout().toNanos();
        long size = source.size();
        this.finalBlock = size < 0 ? -1 : size / negotiation.blockSize() + 1;
        this.finalBytes = size;
    }

    /** Sends the whole file; returns normally once the last block is acknowledged. */
    void run() throws TransferFailure, IOException {
        if (negotiation.hasOptions()) {
            awaitOptionAck();
        }
        int window = negotiation.windowSize();
        long base = 1;
        sendWindow(base, window);
        long deadline = System.nanoTime() + timeoutNanos;
        int retries = 0;
        while (true) {
            int opcode = receive(deadline);
            if (opcode == TIMED_OUT) {
                if (++retries > settings.maxRetries()) {
                    throw timeout(base);
                }
                sendWindow(base, window);
                deadline = System.nanoTime() + timeoutNanos;
                continue;
            }
            if (opcode == TFTPPacket.ERROR) {
                throw peerError();
            }
            if (opcode != TFTPPacket.ACKNOWLEDGEMENT) {
                continue; // junk from the peer's TID: ignore, keep the deadline
            }
            int wire = blockNumber();
            long acked = (base - 1) + ((wire - (base - 1)) & 0xFFFF);
            if (acked == base - 1 || acked > sentUpTo) {
                continue; // a duplicate or stale ACK: answering it would start the Sorcerer's Apprentice
            }
            retries = 0;
            base = acked + 1;
            if (finalBlock > 0 && acked >= finalBlock) {
                progress.acknowledged(finalBytes);
                return;
            }
            progress.acknowledged(acked * negotiation.blockSize());
            sendWindow(base, window);
            deadline = System.nanoTime() + timeoutNanos;
        }
    }

    private void awaitOptionAck() throws TransferFailure, IOException {
        ByteBuffer oack = ByteBuffer.wrap(OptionAck.encode(negotiation.oack()));
        int retries = 0;
        channel.write(oack.duplicate());
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            int opcode = receive(deadline);
            if (opcode == TIMED_OUT) {
                if (++retries > settings.maxRetries()) {
                    throw timeout(0);
                }
                channel.write(oack.duplicate());
                deadline = System.nanoTime() + timeoutNanos;
            } else if (opcode == TFTPPacket.ERROR) {
                throw peerError(); // e.g. error 8: the client rejects our options
            } else if (opcode == TFTPPacket.ACKNOWLEDGEMENT && blockNumber() == 0) {
                return;
            }
        }
    }

    private void sendWindow(long from, int window) throws IOException {
        long end = from + window;
        for (long k = from; k < end; k++) {
            if (finalBlock > 0 && k > finalBlock) {
                return;
            }
            out.clear();
            out.putShort((short) TFTPPacket.DATA).putShort((short) k); // (short) wraps 65536 to 0
            int length = source.read(k, out);
            out.flip();
            channel.write(out);
            sentUpTo = Math.max(sentUpTo, k);
            if (length < negotiation.blockSize()) {
                if (finalBlock < 0) {
                    finalBlock = k;
                    finalBytes = (k - 1) * negotiation.blockSize() + length;
                }
                return;
            }
        }
    }

    /** The opcode of the next packet from the peer, or {@link #TIMED_OUT}. */
    private int receive(long deadline) throws IOException, TransferFailure {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return TIMED_OUT;
        }
        socket.setSoTimeout((int) Math.max(1, remaining / 1_000_000));
        in.setData(inBuffer);
        try {
            socket.receive(in);
        } catch (SocketTimeoutException e) {
            return TIMED_OUT;
        } catch (PortUnreachableException e) {
            throw new TransferFailure(
                    FailureReason.ABORTED_BY_PEER, "ICMP port unreachable: the client went away", false);
        }
        if (in.getLength() < 4 || inBuffer[0] != 0) {
            return 0;
        }
        return inBuffer[1];
    }

    private int blockNumber() {
        return ((inBuffer[2] & 0xFF) << 8) | (inBuffer[3] & 0xFF);
    }

    private TransferFailure peerError() {
        int code = blockNumber();
        int end = 4;
        while (end < in.getLength() && inBuffer[end] != 0) {
            end++;
        }
        String text = new String(inBuffer, 4, end - 4, StandardCharsets.UTF_8);
        return new TransferFailure(FailureReason.ABORTED_BY_PEER, "error " + code + ": " + text, false);
    }

    private TransferFailure timeout(long block) {
        return new TransferFailure(
                FailureReason.TIMEOUT,
                "no ACK for block " + block + " after " + settings.maxRetries() + " retransmissions",
                true);
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
