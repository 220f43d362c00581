package org.ewcstation.simulator.capwap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Discovery Response the simulator sends, checked byte by byte against RFC 5415's layout with the
 * offsets and lengths worked out by hand (not by reading it back with our own parser).
 */
class DiscoveryResponseBytesTest {

    static final CapwapMessages.AcInfo AC =
            new CapwapMessages.AcInfo("WLC-EWC", 3, 100, "1.0.0.0", "17.9.4.27", new byte[] {127, 0, 0, 7});

    @Test
    void everyFieldSitsWhereTheRfcPutsIt() {
        byte[] p = CapwapMessages.discoveryResponse(
                7,
                AC,
                List.of(new CapwapMessages.Element(CapwapMessages.WTP_RADIO_INFORMATION, new byte[] {1, 0, 0, 0, 13})));
        ByteBuffer b = ByteBuffer.wrap(p);
        // elements: AC Descriptor 4+12+(8+4)+(8+4) = 40, AC Name 4+7 = 11, Control IPv4 4+6 = 10, Radio 4+5 = 9
        // = 70; header 8 + control header 8 + 70 = 86
        assertThat(p).hasSize(86);
        // §4.3: preamble version 0 type 0; HLEN 2 words (bits 8-12 = 00010), RID 0, WBID 1 (bits 18-22), T 0
        assertThat(Arrays.copyOfRange(p, 0, 8)).containsExactly(0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0);
        // §4.5.1: Message Type = enterprise 0, type 2 at bytes 8-11; Sequence Number at 12
        assertThat(b.getInt(8)).isEqualTo(2);
        assertThat(p[12]).isEqualTo((byte) 7);
        // §4.5.1.3: Message Element Length = bytes after the Sequence Number = 86 - 13 = 73 (elements 70 + 3)
        assertThat(b.getShort(13)).isEqualTo((short) 73);
        assertThat(p[15]).as("flags").isZero();

        // AC Descriptor at 16: type 1, length 36
        assertThat(b.getShort(16)).isEqualTo((short) 1);
        assertThat(b.getShort(18)).isEqualTo((short) 36);
        assertThat(b.getShort(20)).as("stations").isZero();
        assertThat(b.getShort(22)).as("limit").isEqualTo((short) 2000);
        assertThat(b.getShort(24)).as("active WTPs").isEqualTo((short) 3);
        assertThat(b.getShort(26)).as("max WTPs").isEqualTo((short) 100);
        // 28 security, 29 R-MAC, 30 reserved, 31 DTLS policy; AC Information from 32
        assertThat(b.getInt(32)).as("vendor").isEqualTo(4232704);
        assertThat(b.getShort(36)).as("Cisco hardware type").isEqualTo((short) 0);
        assertThat(b.getShort(38)).isEqualTo((short) 4);
        assertThat(Arrays.copyOfRange(p, 40, 44)).containsExactly(1, 0, 0, 0);
        assertThat(b.getInt(44)).isEqualTo(4232704);
        assertThat(b.getShort(48)).as("Cisco software type").isEqualTo((short) 1);
        assertThat(b.getShort(50)).isEqualTo((short) 4);
        assertThat(Arrays.copyOfRange(p, 52, 56)).containsExactly(17, 9, 4, 27);

        // AC Name at 16 + 40 = 56
        assertThat(b.getShort(56)).isEqualTo((short) 4);
        assertThat(b.getShort(58)).isEqualTo((short) 7);
        assertThat(new String(p, 60, 7, StandardCharsets.US_ASCII)).isEqualTo("WLC-EWC");
        // CAPWAP Control IPv4 Address at 56 + 11 = 67: address then WTP count
        assertThat(b.getShort(67)).isEqualTo((short) 10);
        assertThat(b.getShort(69)).isEqualTo((short) 6);
        assertThat(Arrays.copyOfRange(p, 71, 75)).containsExactly(127, 0, 0, 7);
        assertThat(b.getShort(75)).isEqualTo((short) 3);
        // WTP Radio Information at 67 + 10 = 77, the last element, ending at 86
        assertThat(b.getShort(77)).isEqualTo((short) 1048);
        assertThat(b.getShort(79)).isEqualTo((short) 5);
        assertThat(Arrays.copyOfRange(p, 81, 86)).containsExactly(1, 0, 0, 0, 13);
    }

    @Test
    void aVersionThatIsNotFourBytesGoesAsTheRfcTextType() {
        byte[] p = CapwapMessages.discoveryResponse(
                1, new CapwapMessages.AcInfo("E", 0, 1, "1.0.0.0", "17.9.4a", new byte[] {127, 0, 0, 1}), List.of());
        ByteBuffer b = ByteBuffer.wrap(p);
        // AC Descriptor at 16, length 12 + (8+4) + (8+7) = 39; the software sub-element starts at 20 + 12 + 12 = 44
        assertThat(b.getShort(18)).isEqualTo((short) 39);
        assertThat(b.getShort(48)).as("RFC software version type").isEqualTo((short) 5);
        assertThat(b.getShort(50)).isEqualTo((short) 7);
        assertThat(new String(p, 52, 7, StandardCharsets.US_ASCII)).isEqualTo("17.9.4a");
    }
}
