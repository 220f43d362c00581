package org.ewcstation.simulator.capwap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few CAPWAP control packets (RFC 5415) the responder speaks: it reads a Discovery Request (message
 * type 1) and builds a Discovery Response (type 2) with AC Descriptor, AC Name, CAPWAP Control IPv4
 * Address and WTP Radio Information elements. Everything is bounds-checked: a malformed datagram yields
 * null and is dropped.
 */
public final class CapwapMessages {

    public static final int DISCOVERY_REQUEST = 1;
    public static final int DISCOVERY_RESPONSE = 2;
    static final int AC_DESCRIPTOR = 1;
    static final int AC_NAME = 4;
    static final int CONTROL_IPV4 = 10;
    static final int WTP_RADIO_INFORMATION = 1048;
    private static final int CISCO = 9;

    private CapwapMessages() {}

    /** A parsed control message: its type, sequence number and elements (type, value). */
    public record Control(int type, int sequence, List<Element> elements) {}

    public record Element(int type, byte[] value) {}

    /** The control message in a plain (not DTLS) CAPWAP datagram, or null. */
    public static Control parse(byte[] d, int length) {
        if (length < 16 || (d[0] & 0xff) != 0) {
            return null;
        }
        int hlen = ((d[1] & 0xff) >> 3) * 4;
        if (hlen < 8 || length < hlen + 8) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(d, hlen, length - hlen);
        int type = b.getInt();
        int seq = b.get() & 0xff;
        int elemLen = b.getShort() & 0xffff;
        b.get();
        int end = Math.min(length, b.position() + Math.max(0, elemLen - 1));
        List<Element> elements = new ArrayList<>();
        while (b.position() + 4 <= end) {
            int t = b.getShort() & 0xffff;
            int l = b.getShort() & 0xffff;
            if (b.position() + l > end) {
                return null;
            }
            byte[] v = new byte[l];
            b.get(v);
            elements.add(new Element(t, v));
        }
        return new Control(type, seq, elements);
    }

    /** Facts the response states about the controller. */
    public record AcInfo(String name, int activeWtps, int maxWtps, String hardware, String software, byte[] ipv4) {}

    public static byte[] discoveryResponse(int sequence, AcInfo ac, List<Element> radios) {
        ByteArrayOutputStream elems = new ByteArrayOutputStream();
        ByteBuffer desc = ByteBuffer.allocate(
                12 + 8 + ac.hardware().length() + 8 + ac.software().length());
        desc.putShort((short) 0)
                .putShort((short) 2000)
                .putShort((short) ac.activeWtps())
                .putShort((short) ac.maxWtps());
        desc.put((byte) 0x02).put((byte) 1).put((byte) 0).put((byte) 0x02);
        subElement(desc, 4, ac.hardware());
        subElement(desc, 5, ac.software());
        element(elems, AC_DESCRIPTOR, desc.array());
        element(elems, AC_NAME, ac.name().getBytes(StandardCharsets.US_ASCII));
        element(
                elems,
                CONTROL_IPV4,
                ByteBuffer.allocate(6)
                        .put(ac.ipv4())
                        .putShort((short) ac.activeWtps())
                        .array());
        for (Element r : radios.isEmpty()
                ? List.of(new Element(WTP_RADIO_INFORMATION, new byte[] {1, 0, 0, 0, 0x0d}))
                : radios) {
            element(elems, WTP_RADIO_INFORMATION, r.value());
        }
        byte[] body = elems.toByteArray();
        ByteBuffer p = ByteBuffer.allocate(8 + 8 + body.length);
        p.put(new byte[] {0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0});
        p.putInt(DISCOVERY_RESPONSE)
                .put((byte) sequence)
                .putShort((short) (body.length + 1))
                .put((byte) 0);
        p.put(body);
        return p.array();
    }

    private static void subElement(ByteBuffer b, int type, String value) {
        byte[] v = value.getBytes(StandardCharsets.US_ASCII);
        b.putInt(CISCO).putShort((short) type).putShort((short) v.length).put(v);
    }

    private static void element(ByteArrayOutputStream out, int type, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4)
                .putShort((short) type)
                .putShort((short) value.length)
                .array());
        out.writeBytes(value);
    }
}
