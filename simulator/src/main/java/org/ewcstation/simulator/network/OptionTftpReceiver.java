package org.ewcstation.simulator.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A TFTP read with the RFC 2348 {@code blksize} option. Commons Net 3.12 can neither send options nor
 * parse an OACK (opcode 6), so the few packets are built here. A server that ignores the option answers
 * with DATA at 512 bytes, which is accepted too. Block numbers roll over from 65535 to 0.
 */
final class OptionTftpReceiver {

    private static final int RRQ = 1;
    private static final int DATA = 3;
    private static final int ACK = 4;
    private static final int ERROR = 5;
    private static final int OACK = 6;

    private final InetAddress bind;
    private final InetSocketAddress server;
    private final Duration timeout;
    private final int retries;
    private final int requestedBlockSize;

    OptionTftpReceiver(InetAddress bind, InetSocketAddress server, Duration timeout, int retries, int blockSize) {
        this.bind = bind;
        this.server = server;
        this.timeout = timeout;
        this.retries = Math.max(1, retries);
        this.requestedBlockSize = blockSize;
    }

    void receive(String file, OutputStream out) throws IOException, FetchException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(bind, 0))) {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            byte[] buf = new byte[Math.max(requestedBlockSize, 512) + 4];
            DatagramPacket last = new DatagramPacket(rrq(file), 0, rrq(file).length, server);
            SocketAddress peer = null;
            int blockSize = 512;
            int expected = 1;
            int misses = 0;
            socket.send(last);
            while (true) {
                DatagramPacket in = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(in);
                } catch (SocketTimeoutException e) {
                    if (++misses >= retries) {
                        throw new FetchException(FetchException.TIMED_OUT, e);
                    }
                    socket.send(last);
                    continue;
                }
                if (peer != null && !peer.equals(in.getSocketAddress())) {
                    continue;
                }
                int op = u16(buf, 0);
                if (op == ERROR) {
                    throw new FetchException(
                            TftpImageFetcher.errorReason(u16(buf, 2), text(buf, 4, in.getLength())), null);
                }
                if (peer == null && op == OACK) {
                    peer = in.getSocketAddress();
                    blockSize = negotiatedBlockSize(buf, in.getLength());
                    last = ack(0, peer);
                } else if (op == DATA) {
                    peer = in.getSocketAddress();
                    int block = u16(buf, 2);
                    int len = in.getLength() - 4;
                    if (block == (expected & 0xffff)) {
                        out.write(buf, 4, len);
                        last = ack(block, peer);
                        expected++;
                        misses = 0;
                        if (len < blockSize) {
                            socket.send(last);
                            return;
                        }
                    }
                } else {
                    continue;
                }
                socket.send(last);
            }
        }
    }

    private byte[] rrq(String file) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0);
        b.write(RRQ);
        for (String s : new String[] {file, "octet", "blksize", Integer.toString(requestedBlockSize)}) {
            b.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            b.write(0);
        }
        return b.toByteArray();
    }

    private static DatagramPacket ack(int block, SocketAddress to) {
        byte[] a = {0, ACK, (byte) (block >> 8), (byte) block};
        return new DatagramPacket(a, a.length, to);
    }

    private int negotiatedBlockSize(byte[] buf, int length) {
        String[] parts = text(buf, 2, length).split("\0");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (parts[i].equalsIgnoreCase("blksize")) {
                int v = Integer.parseInt(parts[i + 1].trim());
                return Math.min(v, requestedBlockSize);
            }
        }
        return 512;
    }

    private static int u16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    private static String text(byte[] b, int from, int to) {
        int end = to;
        while (end > from && b[end - 1] == 0) {
            end--;
        }
        return new String(b, from, end - from, StandardCharsets.US_ASCII);
    }
}
