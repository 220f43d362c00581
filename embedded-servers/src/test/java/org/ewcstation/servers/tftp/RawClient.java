package org.ewcstation.servers.tftp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte-level TFTP client for the cases real clients cannot be made to produce on purpose
 * (duplicate ACKs, silence, a rejected OACK, hostile names). Real socket on loopback; no mock.
 */
final class RawClient implements AutoCloseable {

    record Packet(int opcode, int block, byte[] payload, int fromPort, byte[] raw) {
        String text() {
            int end = 0;
            while (end < payload.length && payload[end] != 0) {
                end++;
            }
            return new String(payload, 0, end, StandardCharsets.UTF_8);
        }
    }

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private int serverTid = -1;

    RawClient(InetSocketAddress server) throws IOException {
        this(server, server.getAddress().isLoopbackAddress() ? server.getAddress() : InetAddress.getLoopbackAddress());
    }

    /** From another address of this host (on Linux every 127.x.y.z is loopback): another peer to the server. */
    RawClient(InetSocketAddress server, InetAddress from) throws IOException {
        this.server = server;
        this.socket = new DatagramSocket(new InetSocketAddress(from, 0));
        this.socket.setSoTimeout(5000);
    }

    void request(int opcode, String name, String mode, String... options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(opcode);
        out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(mode.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        for (String o : options) {
            out.writeBytes(o.getBytes(StandardCharsets.US_ASCII));
            out.write(0);
        }
        sendRaw(out.toByteArray(), server.getPort());
    }

    void rrq(String name, String... options) throws IOException {
        request(1, name, "octet", options);
    }

    void sendRaw(byte[] bytes, int port) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, server.getAddress(), port));
    }

    void ack(int block) throws IOException {
        sendRaw(new byte[] {0, 4, (byte) (block >> 8), (byte) block}, serverTid);
    }

    /**
     * ACKs as a client 200 ms away would: the server's round-trip estimate, and so its retransmission
     * timeout, becomes hundreds of milliseconds, and a byte-level test can take its time between packets
     * without a retransmission coming in between. Emulates a link, not a wait for the server.
     */
    void ackOverSlowLink(int block) throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        ack(block);
    }

    void error(int code, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 5, (byte) (code >> 8), (byte) code});
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        sendRaw(out.toByteArray(), serverTid);
    }

    int serverTid() {
        return serverTid;
    }

    private final byte[] buf = new byte[65536 + 4];

    Packet receive() throws IOException {
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.receive(p);
        if (serverTid < 0) {
            serverTid = p.getPort();
        }
        int opcode = ((buf[0] & 0xff) << 8) | (buf[1] & 0xff);
        int block = p.getLength() >= 4 ? ((buf[2] & 0xff) << 8) | (buf[3] & 0xff) : -1;
        return new Packet(
                opcode,
                block,
                Arrays.copyOfRange(buf, 4, Math.max(4, p.getLength())),
                p.getPort(),
                Arrays.copyOf(buf, p.getLength()));
    }

    /** The next packet, or null when none comes within {@code millis} (used only after the end). */
    Packet receiveOrNull(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return receive();
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(5000);
        }
    }

    /** Lock-step download after an RRQ without options (or after the OACK was acknowledged). */
    byte[] readAll(int blockSize, int window) throws IOException {
        return readAll(blockSize, window, 1);
    }

    /** Like {@link #readAll(int, int)}, from block {@code first} on. */
    byte[] readAll(int blockSize, int window, int first) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int expected = first;
        int inWindow = 0;
        while (true) {
            Packet p = receive();
            if (p.opcode() != 3) {
                throw new IOException("expected DATA, got opcode " + p.opcode() + " " + p.text());
            }
            if (p.block() != (expected & 0xffff)) {
                continue;
            }
            out.writeBytes(p.payload());
            inWindow++;
            boolean last = p.payload().length < blockSize;
            if (last || inWindow == window) {
                ack(expected & 0xffff);
                inWindow = 0;
            }
            if (last) {
                return out.toByteArray();
            }
            expected++;
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
