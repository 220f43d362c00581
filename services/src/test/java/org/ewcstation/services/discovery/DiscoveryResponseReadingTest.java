package org.ewcstation.services.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading an AC Descriptor: Cisco's binary versions (types 0 and 1) first, the RFC's text ones (4 and 5) else. */
class DiscoveryResponseReadingTest {

    @Test
    void ciscoBinaryVersions() {
        byte[] d = response(info(0, new byte[] {1, 0, 0, 0}), info(1, new byte[] {17, 12, 1, 5}));
        CapwapController c =
                CapwapCodec.parseResponse(d, d.length, "192.0.2.1", 5246, 9).orElseThrow();
        assertThat(c.hardware()).isEqualTo("1.0.0.0");
        assertThat(c.software()).isEqualTo("17.12.1.5");
        assertThat(c.acName()).isEqualTo("EWC-1");
        assertThat(c.activeAps()).isEqualTo(4);
        assertThat(c.maxAps()).isEqualTo(50);
    }

    @Test
    void rfcTextVersionsWhenNoCiscoOnes() {
        byte[] d = response(info(4, ascii("C9120AXI-B")), info(5, ascii("17.9.4a")));
        CapwapController c =
                CapwapCodec.parseResponse(d, d.length, "192.0.2.1", 5246, 9).orElseThrow();
        assertThat(c.hardware()).isEqualTo("C9120AXI-B");
        assertThat(c.software()).isEqualTo("17.9.4a");
    }

    @Test
    void ciscoVersionsWinOverTextOnesInTheSameDescriptor() {
        byte[] d = response(info(5, ascii("text")), info(1, new byte[] {17, 9, 4, 27}));
        assertThat(CapwapCodec.parseResponse(d, d.length, "a", 1, 9)
                        .orElseThrow()
                        .software())
                .isEqualTo("17.9.4.27");
    }

    @Test
    void wrongSequenceOrTruncatedSubElementIsNotAController() {
        byte[] d = response(info(1, new byte[] {17, 9, 4, 27}));
        assertThat(CapwapCodec.parseResponse(d, d.length, "a", 1, 8)).isEmpty();
        byte[] bad = response(info(1, new byte[] {17, 9, 4, 27}));
        ByteBuffer.wrap(bad).putShort(16 + 4 + 12 + 6, (short) 40); // sub-element longer than its descriptor
        assertThat(CapwapCodec.parseResponse(bad, bad.length, "a", 1, 9)).isEmpty();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] info(int type, byte[] value) {
        return ByteBuffer.allocate(8 + value.length)
                .putInt(CapwapCodec.CISCO_VENDOR)
                .putShort((short) type)
                .putShort((short) value.length)
                .put(value)
                .array();
    }

    /** A Discovery Response with sequence 9: AC Descriptor (4 of 50 WTPs) with {@code infos}, AC Name "EWC-1". */
    private static byte[] response(byte[]... infos) {
        ByteArrayOutputStream desc = new ByteArrayOutputStream();
        desc.writeBytes(new byte[] {0, 0, 0, 100, 0, 4, 0, 50, 2, 1, 0, 2});
        for (byte[] i : infos) {
            desc.writeBytes(i);
        }
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        e.writeBytes(ByteBuffer.allocate(4)
                .putShort((short) 1)
                .putShort((short) desc.size())
                .array());
        e.writeBytes(desc.toByteArray());
        e.writeBytes(new byte[] {0, 4, 0, 5});
        e.writeBytes(ascii("EWC-1"));
        byte[] body = e.toByteArray();
        return ByteBuffer.allocate(16 + body.length)
                .put(new byte[] {0, 0x10, 2, 0, 0, 0, 0, 0})
                .putInt(2)
                .put((byte) 9)
                .putShort((short) (body.length + 3))
                .put((byte) 0)
                .put(body)
                .array();
    }
}
