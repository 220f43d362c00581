package org.ewcstation.services.discovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A classic pcap file of IPv4/UDP datagrams (link type 101, raw IP) written by the test itself, so tshark can
 * dissect exactly the bytes that went over the socket without a live capture.
 */
final class UdpPcap {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int seconds = 1;

    UdpPcap() {
        out.writeBytes(ByteBuffer.allocate(24)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0xa1b2c3d4)
                .putShort((short) 2)
                .putShort((short) 4)
                .putInt(0)
                .putInt(0)
                .putInt(65535)
                .putInt(101)
                .array());
    }

    UdpPcap add(InetSocketAddress from, InetSocketAddress to, byte[] payload) {
        int udpLength = 8 + payload.length;
        ByteBuffer ip = ByteBuffer.allocate(20 + udpLength);
        ip.put((byte) 0x45).put((byte) 0).putShort((short) (20 + udpLength)).putInt(0);
        ip.put((byte) 64).put((byte) 17).putShort((short) 0);
        ip.put(from.getAddress().getAddress()).put(to.getAddress().getAddress());
        ip.putShort(10, checksum(ip.array()));
        // RFC 5415 §3.1: over IPv4 the UDP checksum of CAPWAP packets is zero
        ip.putShort((short) from.getPort())
                .putShort((short) to.getPort())
                .putShort((short) udpLength)
                .putShort((short) 0);
        ip.put(payload);
        byte[] frame = ip.array();
        out.writeBytes(ByteBuffer.allocate(16)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(seconds++)
                .putInt(0)
                .putInt(frame.length)
                .putInt(frame.length)
                .array());
        out.writeBytes(frame);
        return this;
    }

    void write(Path file) throws IOException {
        Files.write(file, out.toByteArray());
    }

    private static short checksum(byte[] header) {
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += ((header[i] & 0xff) << 8) | (header[i + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (short) ~sum;
    }
}
