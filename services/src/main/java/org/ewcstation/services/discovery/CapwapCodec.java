package org.ewcstation.services.discovery;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The two CAPWAP control messages discovery needs (RFC 5415): the Discovery Request we send as an AP would,
 * and the Discovery Response we read. Plain (not DTLS) datagrams only: discovery is never encrypted.
 * Parsing is bounds-checked; a malformed or foreign datagram yields empty, never an exception.
 */
final class CapwapCodec {

    static final int DISCOVERY_REQUEST = 1;
    static final int DISCOVERY_RESPONSE = 2;
    private static final int AC_DESCRIPTOR = 1;
    private static final int AC_NAME = 4;
    private static final int DISCOVERY_TYPE = 20;
    private static final int VENDOR_SPECIFIC = 37;
    private static final int WTP_BOARD_DATA = 38;
    private static final int WTP_DESCRIPTOR = 39;
    private static final int WTP_FRAME_TUNNEL_MODE = 41;
    private static final int WTP_MAC_TYPE = 44;
    private static final int WTP_RADIO_INFORMATION = 1048;
    /** Cisco's IANA enterprise number, used in descriptor sub-elements. */
    private static final int CISCO = 9;
    /** The vendor id Cisco controllers use for their own CAPWAP elements (inherited from Airespace LWAPP). */
    private static final int CISCO_LWAPP = 4232704;

    private static final int CISCO_AP_MODE_AND_TYPE = 54;

    private CapwapCodec() {}

    /** A Discovery Request as a two-radio Cisco AP in local mode sends it, announcing {@code mac}. */
    static byte[] discoveryRequest(int sequence, byte[] mac) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        element(e, DISCOVERY_TYPE, new byte[] {0}); // 0 = unknown: we ask everyone
        ByteBuffer board = ByteBuffer.allocate(64);
        board.putInt(CISCO_LWAPP);
        sub(board, 0, "AIR-AP2802I".getBytes(StandardCharsets.US_ASCII)); // model
        sub(board, 1, "EWCSTATION1".getBytes(StandardCharsets.US_ASCII)); // serial number
        sub(board, 4, mac); // base MAC
        element(e, WTP_BOARD_DATA, trim(board));
        ByteBuffer desc = ByteBuffer.allocate(64);
        desc.put((byte) 2).put((byte) 2).put((byte) 1); // max radios, radios in use, 1 encryption entry
        desc.put((byte) 1).putShort((short) 0); // WBID 802.11, no encryption capabilities
        vendorSub(desc, 0, "0.0"); // hardware version
        vendorSub(desc, 1, "17.9.4.27"); // active software version
        vendorSub(desc, 2, "17.9.4.27"); // boot version
        element(e, WTP_DESCRIPTOR, trim(desc));
        element(e, WTP_FRAME_TUNNEL_MODE, new byte[] {0x04}); // 802.3 frames
        element(e, WTP_MAC_TYPE, new byte[] {0x01}); // split MAC, as Cisco APs
        element(e, WTP_RADIO_INFORMATION, new byte[] {0, 0, 0, 0, 0x0d}); // radio 0: 802.11b/g/n
        element(e, WTP_RADIO_INFORMATION, new byte[] {1, 0, 0, 0, 0x0a}); // radio 1: 802.11a/n
        element(
                e,
                VENDOR_SPECIFIC,
                ByteBuffer.allocate(8)
                        .putInt(CISCO_LWAPP)
                        .putShort((short) CISCO_AP_MODE_AND_TYPE)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array()); // local mode, type 0
        byte[] body = e.toByteArray();
        ByteBuffer p = ByteBuffer.allocate(16 + body.length);
        // preamble 0; HLEN 2 words, RID 0, WBID 1 (802.11), T 0 (native), no flags; no fragment
        p.put(new byte[] {0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0});
        p.putInt(DISCOVERY_REQUEST)
                .put((byte) sequence)
                .putShort((short) (body.length + 1))
                .put((byte) 0);
        return p.put(body).array();
    }

    /** The controller a Discovery Response describes, or empty for anything else. */
    static Optional<CapwapController> parseResponse(byte[] d, int length, String from, int port, int sequence) {
        try {
            if (length < 16 || (d[0] & 0xff) != 0) {
                return Optional.empty();
            }
            int hlen = ((d[1] & 0xff) >> 3) * 4;
            if (hlen < 8 || length < hlen + 8) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(d, hlen, length - hlen);
            int type = b.getInt();
            int seq = b.get() & 0xff;
            int elemLen = b.getShort() & 0xffff;
            b.get();
            if (type != DISCOVERY_RESPONSE || seq != sequence) {
                return Optional.empty();
            }
            int end = Math.min(length, b.position() + Math.max(0, elemLen - 1));
            String name = "";
            String hw = "";
            String sw = "";
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
                    v.getShort();
                    v.getShort();
                    active = v.getShort() & 0xffff;
                    max = v.getShort() & 0xffff;
                    v.getInt();
                    while (v.remaining() >= 8) {
                        v.getInt(); // vendor
                        int st = v.getShort() & 0xffff;
                        int sl = v.getShort() & 0xffff;
                        if (sl > v.remaining()) {
                            return Optional.empty();
                        }
                        String s = ascii(v, sl);
                        if (st == 4) {
                            hw = s;
                        } else if (st == 5) {
                            sw = s;
                        }
                    }
                }
            }
            return Optional.of(new CapwapController(from, port, name, hw, sw, active, max));
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String ascii(ByteBuffer v, int len) {
        byte[] s = new byte[len];
        v.get(s);
        return new String(s, StandardCharsets.US_ASCII)
                .replaceAll("[^\\x20-\\x7e]", "")
                .strip();
    }

    private static void sub(ByteBuffer b, int type, byte[] value) {
        b.putShort((short) type).putShort((short) value.length).put(value);
    }

    private static void vendorSub(ByteBuffer b, int type, String value) {
        b.putInt(CISCO);
        sub(b, type, value.getBytes(StandardCharsets.US_ASCII));
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
