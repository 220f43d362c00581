package org.ewcstation.simulator.capwap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few CAPWAP control packets (RFC 5415) the responder speaks: it reads a Discovery Request (message
 * type 1) and builds a Discovery Response (type 2) with AC Descriptor, AC Name, CAPWAP Control IPv4
 * Address and WTP Radio Information elements, the AC Descriptor the way Cisco controllers fill it (their
 * vendor id 4232704, hardware as information type 0 and software as type 1, each four bytes a.b.c.d).
 * Everything is bounds-checked, and the header's Message Element Length must count exactly the bytes after
 * the Sequence Number field (§4.5.1.3): a datagram that disagrees yields null and is dropped.
 */
public final class CapwapMessages {

    public static final int DISCOVERY_REQUEST = 1;
    public static final int DISCOVERY_RESPONSE = 2;
    static final int AC_DESCRIPTOR = 1;
    static final int AC_NAME = 4;
    static final int CONTROL_IPV4 = 10;
    static final int VENDOR_SPECIFIC = 37;
    static final int WTP_RADIO_INFORMATION = 1048;
    /** Cisco's CAPWAP vendor id (0x409600), as its controllers and APs put it in elements and sub-elements. */
    public static final int CISCO_VENDOR_ID = 0x409600;
    /** Cisco vendor element "RAD Name": the AP's name, which Cisco controllers expect in a Discovery Request. */
    public static final int CISCO_RAD_NAME = 5;

    private CapwapMessages() {}

    /** A parsed control message: its type, sequence number and elements (type, value). */
    public record Control(int type, int sequence, List<Element> elements) {

        /** The Cisco RAD Name (AP name) the message carries, or null. */
        public String apName() {
            for (Element e : elements) {
                byte[] v = e.value();
                if (e.type() == VENDOR_SPECIFIC && v.length > 6) {
                    ByteBuffer b = ByteBuffer.wrap(v);
                    if (b.getInt() == CISCO_VENDOR_ID && (b.getShort() & 0xffff) == CISCO_RAD_NAME) {
                        return new String(v, 6, v.length - 6, StandardCharsets.US_ASCII);
                    }
                }
            }
            return null;
        }
    }

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
        int afterSequence = b.getShort() & 0xffff; // counts itself (2), the Flags (1) and the elements
        b.get();
        if (hlen + 5 + afterSequence != length) {
            return null;
        }
        List<Element> elements = new ArrayList<>();
        while (b.position() + 4 <= length) {
            int t = b.getShort() & 0xffff;
            int l = b.getShort() & 0xffff;
            if (b.position() + l > length) {
                return null;
            }
            byte[] v = new byte[l];
            b.get(v);
            elements.add(new Element(t, v));
        }
        return b.position() == length ? new Control(type, seq, elements) : null;
    }

    /** Facts the response states about the controller; versions as dotted numbers (17.9.4.27). */
    public record AcInfo(String name, int activeWtps, int maxWtps, String hardware, String software, byte[] ipv4) {}

    public static byte[] discoveryResponse(int sequence, AcInfo ac, List<Element> radios) {
        ByteArrayOutputStream elems = new ByteArrayOutputStream();
        ByteArrayOutputStream desc = new ByteArrayOutputStream();
        desc.writeBytes(ByteBuffer.allocate(12)
                .putShort((short) 0) // stations
                .putShort((short) 2000) // station limit
                .putShort((short) ac.activeWtps())
                .putShort((short) ac.maxWtps())
                .put((byte) 0x02) // security: X.509
                .put((byte) 1) // R-MAC field: supported
                .put((byte) 0) // reserved
                .put((byte) 0x02) // DTLS policy: clear text data channel
                .array());
        acInformation(desc, 0, 4, ac.hardware());
        acInformation(desc, 1, 5, ac.software());
        element(elems, AC_DESCRIPTOR, desc.toByteArray());
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
                .putShort((short) (2 + 1 + body.length)) // this field, Flags, elements
                .put((byte) 0);
        p.put(body);
        return p.array();
    }

    /**
     * One AC Information sub-element: Cisco's binary form (type {@code ciscoType}, four bytes) when the version
     * is four numbers up to 255, else the RFC's text form (type {@code rfcType}) so nothing is lost.
     */
    private static void acInformation(ByteArrayOutputStream out, int ciscoType, int rfcType, String version) {
        byte[] binary = fourBytes(version);
        byte[] value = binary != null ? binary : version.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(8)
                .putInt(CISCO_VENDOR_ID)
                .putShort((short) (binary != null ? ciscoType : rfcType))
                .putShort((short) value.length)
                .array());
        out.writeBytes(value);
    }

    static byte[] fourBytes(String version) {
        String[] parts = version.split("\\.");
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return out;
    }

    private static void element(ByteArrayOutputStream out, int type, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4)
                .putShort((short) type)
                .putShort((short) value.length)
                .array());
        out.writeBytes(value);
    }
}
