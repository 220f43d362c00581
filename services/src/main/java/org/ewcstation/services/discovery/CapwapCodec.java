package org.ewcstation.services.discovery;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The two CAPWAP control messages discovery needs (RFC 5415): the Discovery Request we send as a Cisco AP
 * would, and the Discovery Response we read. Plain (not DTLS) datagrams only: discovery is never encrypted.
 * Cisco's conventions on top of the RFC: its own vendor id (4232704, inherited from Airespace LWAPP) in the
 * board data and descriptor sub-elements, versions as four bytes a.b.c.d, and the "RAD Name" vendor element
 * carrying the AP's name. Parsing is bounds-checked; a malformed or foreign datagram yields empty, never an
 * exception.
 */
final class CapwapCodec {

    static final int DISCOVERY_REQUEST = 1;
    static final int DISCOVERY_RESPONSE = 2;
    /** RFC 5415 §4.3: preamble + fixed header, HLEN 2 words, no optional radio MAC or wireless fields. */
    static final int HEADER_LENGTH = 8;
    /** Message Type (4), Sequence Number (1), Message Element Length (2), Flags (1). */
    static final int CONTROL_HEADER_LENGTH = 8;
    /** RFC 5415 §4.5.1.3: the Message Element Length counts the bytes after the Sequence Number: itself and Flags. */
    static final int LENGTH_AND_FLAGS = 3;

    private static final int AC_DESCRIPTOR = 1;
    private static final int AC_NAME = 4;
    private static final int DISCOVERY_TYPE = 20;
    private static final int VENDOR_SPECIFIC = 37;
    private static final int WTP_BOARD_DATA = 38;
    private static final int WTP_DESCRIPTOR = 39;
    private static final int WTP_FRAME_TUNNEL_MODE = 41;
    private static final int WTP_MAC_TYPE = 44;
    private static final int WTP_RADIO_INFORMATION = 1048;
    /** The vendor id Cisco puts in its CAPWAP elements and sub-elements (Wireshark's dissector, AP captures). */
    static final int CISCO_VENDOR = 4232704;

    static final int CISCO_RAD_NAME = 5;
    private static final int CISCO_AP_MODE_AND_TYPE = 54;
    /** AC Descriptor information types: Cisco's binary ones and the RFC's text ones. */
    private static final int CISCO_HARDWARE = 0;

    private static final int CISCO_SOFTWARE = 1;
    private static final int RFC_HARDWARE = 4;
    private static final int RFC_SOFTWARE = 5;

    private CapwapCodec() {}

    /** The name a Cisco AP gives itself until one is configured: {@code AP} and its MAC as {@code xxxx.xxxx.xxxx}. */
    static String apName(byte[] mac) {
        String hex = HexFormat.of().formatHex(mac);
        return "AP" + hex.substring(0, 4) + "." + hex.substring(4, 8) + "." + hex.substring(8, 12);
    }

    /** A Discovery Request as a two-radio Cisco AP in local mode sends it, announcing {@code mac}. */
    static byte[] discoveryRequest(int sequence, byte[] mac) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        element(e, DISCOVERY_TYPE, new byte[] {0}); // 0 = unknown: we ask everyone
        ByteBuffer board = ByteBuffer.allocate(64);
        board.putInt(CISCO_VENDOR);
        sub(board, 0, "AIR-AP2802I".getBytes(StandardCharsets.US_ASCII)); // model
        sub(board, 1, "EWCSTATION1".getBytes(StandardCharsets.US_ASCII)); // serial number
        sub(board, 4, mac); // base MAC
        element(e, WTP_BOARD_DATA, trim(board));
        ByteBuffer desc = ByteBuffer.allocate(64);
        desc.put((byte) 2).put((byte) 2).put((byte) 1); // max radios, radios in use, 1 encryption entry
        desc.put((byte) 1).putShort((short) 0); // WBID 802.11, no encryption capabilities
        vendorSub(desc, 0, new byte[] {0, 0, 0, 0}); // hardware version
        vendorSub(desc, 1, new byte[] {17, 9, 4, 27}); // active software version
        vendorSub(desc, 2, new byte[] {17, 9, 4, 27}); // boot version
        element(e, WTP_DESCRIPTOR, trim(desc));
        element(e, WTP_FRAME_TUNNEL_MODE, new byte[] {0x04}); // 802.3 frames
        element(e, WTP_MAC_TYPE, new byte[] {0x01}); // split MAC, as Cisco APs
        element(e, WTP_RADIO_INFORMATION, new byte[] {1, 0, 0, 0, 0x0d}); // radio 1: 802.11b/g/n
        element(e, WTP_RADIO_INFORMATION, new byte[] {2, 0, 0, 0, 0x0a}); // radio 2: 802.11a/n
        element(e, VENDOR_SPECIFIC, ciscoElement(CISCO_RAD_NAME, apName(mac).getBytes(StandardCharsets.US_ASCII)));
        element(e, VENDOR_SPECIFIC, ciscoElement(CISCO_AP_MODE_AND_TYPE, new byte[] {0, 0})); // local mode, type 0
        byte[] body = e.toByteArray();
        ByteBuffer p = ByteBuffer.allocate(HEADER_LENGTH + CONTROL_HEADER_LENGTH + body.length);
        // preamble 0; HLEN 2 words, RID 0, WBID 1 (802.11), T 0 (802.3), no flags; no fragment
        p.put(new byte[] {0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0});
        p.putInt(DISCOVERY_REQUEST)
                .put((byte) sequence)
                .putShort((short) (body.length + LENGTH_AND_FLAGS))
                .put((byte) 0);
        return p.put(body).array();
    }

    /** The controller a Discovery Response describes, or empty for anything else. */
    static Optional<CapwapController> parseResponse(byte[] d, int length, String from, int port, int sequence) {
        try {
            if (length < HEADER_LENGTH + CONTROL_HEADER_LENGTH || (d[0] & 0xff) != 0) {
                return Optional.empty();
            }
            int hlen = ((d[1] & 0xff) >> 3) * 4;
            if (hlen < HEADER_LENGTH || length < hlen + CONTROL_HEADER_LENGTH) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(d, hlen, length - hlen);
            int type = b.getInt();
            int seq = b.get() & 0xff;
            b.getShort(); // Message Element Length
            b.get(); // flags
            if (type != DISCOVERY_RESPONSE || seq != sequence) {
                return Optional.empty();
            }
            // read to the datagram's end whatever the length field says: one message per datagram, and a
            // controller that counts its Message Element Length differently must still be found
            return readElements(b, length, from, port);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Optional<CapwapController> readElements(ByteBuffer b, int end, String from, int port) {
        String name = "";
        Versions versions = new Versions();
        int active = -1;
        int max = -1;
        while (b.position() + 4 <= end) {
            int t = b.getShort() & 0xffff;
            int l = b.getShort() & 0xffff;
            if (b.position() + l > end) {
                return Optional.empty();
            }
            ByteBuffer v = b.slice(b.position(), l);
            b.position(b.position() + l);
            if (t == AC_NAME) {
                name = ascii(v, l);
            } else if (t == AC_DESCRIPTOR && l >= 12) {
                v.getShort(); // stations
                v.getShort(); // station limit
                active = v.getShort() & 0xffff;
                max = v.getShort() & 0xffff;
                v.getInt(); // security, R-MAC, reserved, DTLS policy
                if (!versions.read(v)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new CapwapController(from, port, name, versions.hardware, versions.software, active, max));
    }

    /** AC Information sub-elements: Cisco's binary 0/1 are preferred; the RFC's text 4/5 fill what is missing. */
    private static final class Versions {
        String hardware = "";
        String software = "";

        boolean read(ByteBuffer v) {
            String rfcHardware = "";
            String rfcSoftware = "";
            while (v.remaining() >= 8) {
                v.getInt(); // vendor: Cisco's or another's, the types mean the same
                int st = v.getShort() & 0xffff;
                int sl = v.getShort() & 0xffff;
                if (sl > v.remaining()) {
                    return false;
                }
                byte[] value = new byte[sl];
                v.get(value);
                switch (st) {
                    case CISCO_HARDWARE -> hardware = binaryVersion(value);
                    case CISCO_SOFTWARE -> software = binaryVersion(value);
                    case RFC_HARDWARE -> rfcHardware = ascii(ByteBuffer.wrap(value), sl);
                    case RFC_SOFTWARE -> rfcSoftware = ascii(ByteBuffer.wrap(value), sl);
                    default -> {} // other vendor data: not ours to read
                }
            }
            hardware = hardware.isEmpty() ? rfcHardware : hardware;
            software = software.isEmpty() ? rfcSoftware : software;
            return true;
        }
    }

    /** Four bytes a.b.c.d as Cisco encodes a version; anything else is shown as text when printable. */
    static String binaryVersion(byte[] v) {
        if (v.length != 4) {
            return ascii(ByteBuffer.wrap(v), v.length);
        }
        return (v[0] & 0xff) + "." + (v[1] & 0xff) + "." + (v[2] & 0xff) + "." + (v[3] & 0xff);
    }

    private static String ascii(ByteBuffer v, int len) {
        byte[] s = new byte[len];
        v.get(s);
        return new String(s, StandardCharsets.US_ASCII)
                .replaceAll("[^\\x20-\\x7e]", "")
                .strip();
    }

    private static byte[] ciscoElement(int id, byte[] data) {
        return ByteBuffer.allocate(6 + data.length)
                .putInt(CISCO_VENDOR)
                .putShort((short) id)
                .put(data)
                .array();
    }

    private static void sub(ByteBuffer b, int type, byte[] value) {
        b.putShort((short) type).putShort((short) value.length).put(value);
    }

    private static void vendorSub(ByteBuffer b, int type, byte[] value) {
        b.putInt(CISCO_VENDOR);
        sub(b, type, value);
    }

    private static byte[] trim(ByteBuffer b) {
        byte[] out = new byte[b.position()];
        b.flip().get(out);
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
