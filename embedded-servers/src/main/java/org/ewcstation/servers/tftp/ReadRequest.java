package org.ewcstation.servers.tftp;

import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.apache.commons.net.tftp.TFTPPacketException;
import org.apache.commons.net.tftp.TFTPRequestPacket;
import org.apache.commons.net.tftp.TFTPWriteRequestPacket;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;

/** A parsed RRQ (RFC 1350 with RFC 2347 options), decoded by Commons Net. */
record ReadRequest(String fileName, boolean netascii, Map<String, String> options) {

    /**
     * Parses what arrived on the request port. A write request and anything that is not a request are
     * refusals; {@code nameOut[0]} receives the requested name whenever one could be read, for the event.
     */
    static ReadRequest parse(byte[] data, int length, InetSocketAddress peer, String[] nameOut) throws Refusal {
        TFTPPacket packet;
        try {
            packet = TFTPPacket.newTFTPPacket(new DatagramPacket(data, length, peer.getAddress(), peer.getPort()));
        } catch (TFTPPacketException | RuntimeException e) {
            if (length >= 2 && data[0] == 0 && data[1] == TFTPPacket.WRITE_REQUEST) {
                throw readOnly();
            }
            throw new Refusal(RefusalReason.BAD_REQUEST, TFTPErrorPacket.ILLEGAL_OPERATION, "Illegal TFTP operation");
        }
        if (!(packet instanceof TFTPRequestPacket request)) {
            throw new Refusal(RefusalReason.BAD_REQUEST, TFTPErrorPacket.ILLEGAL_OPERATION, "Illegal TFTP operation");
        }
        nameOut[0] = decodeName(request.getFilename());
        if (request instanceof TFTPWriteRequestPacket) {
            throw readOnly();
        }
        return new ReadRequest(nameOut[0], request.getMode() == TFTP.NETASCII_MODE, request.getOptions());
    }

    /** Commons Net widens each byte to a char; file names on the wire are UTF-8 in practice. */
    private static String decodeName(String widened) {
        byte[] bytes = new byte[widened.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) widened.charAt(i);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Refusal readOnly() {
        return new Refusal(RefusalReason.READ_ONLY, TFTPErrorPacket.ACCESS_VIOLATION, "Read-only server");
    }
}
