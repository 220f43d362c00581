package org.ewcstation.services.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The Discovery Request we send, checked byte by byte against RFC 5415 (and RFC 5416 for the 802.11 radio
 * element) with every offset and length worked out by hand, never by reading it back with our own code.
 */
class DiscoveryRequestBytesTest {

    static final byte[] MAC = {2, 0, 0, 0, 0, 1};

    final byte[] p = CapwapCodec.discoveryRequest(42, MAC);
    final ByteBuffer b = ByteBuffer.wrap(p);

    @Test
    void headerAndMessageElementLength() {
        // elements: Discovery Type 4+1 = 5, Board Data 4+44 = 48, WTP Descriptor 4+42 = 46, Frame Tunnel Mode 5,
        // MAC Type 5, two Radio Information 9 + 9, RAD Name 4+22 = 26, AP Mode and Type 4+8 = 12: 165 bytes;
        // header 8 + control header 8 + 165 = 181
        assertThat(p).hasSize(181);
        // §4.3: preamble (version 0, type 0), HLEN = 2 words in bits 8-12, RID 0, WBID 1 in bits 18-22, T 0,
        // flags F L W M K 0, fragment id and offset 0
        assertThat(Arrays.copyOfRange(p, 0, 8)).containsExactly(0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0);
        // §4.5.1.1: Message Type = IANA enterprise number 0 (24 bits) and type 1 (Discovery Request)
        assertThat(b.getInt(8)).isEqualTo(1);
        assertThat(p[12]).as("sequence number").isEqualTo((byte) 42);
        // §4.5.1.3: "the number of bytes following the Sequence Number field": 181 - 13 = 168 = 165 + 3
        assertThat(b.getShort(13)).isEqualTo((short) 168);
        assertThat(p[15]).as("flags").isZero();
    }

    @Test
    void discoveryTypeAndBoardData() {
        // §4.6.21 Discovery Type at 16: type 20, length 1, 0 = unknown
        assertThat(b.getShort(16)).isEqualTo((short) 20);
        assertThat(b.getShort(18)).isEqualTo((short) 1);
        assertThat(p[20]).isZero();
        // §4.6.40 WTP Board Data at 21: type 38, length 4 + (4+11) + (4+11) + (4+6) = 44
        assertThat(b.getShort(21)).isEqualTo((short) 38);
        assertThat(b.getShort(23)).isEqualTo((short) 44);
        assertThat(b.getInt(25)).as("Cisco vendor id").isEqualTo(4232704);
        assertThat(b.getShort(29)).as("model").isEqualTo((short) 0);
        assertThat(b.getShort(31)).isEqualTo((short) 11);
        assertThat(new String(p, 33, 11, StandardCharsets.US_ASCII)).isEqualTo("AIR-AP2802I");
        assertThat(b.getShort(44)).as("serial number").isEqualTo((short) 1);
        assertThat(b.getShort(46)).isEqualTo((short) 11);
        assertThat(b.getShort(59)).as("base MAC").isEqualTo((short) 4);
        assertThat(b.getShort(61)).isEqualTo((short) 6);
        assertThat(Arrays.copyOfRange(p, 63, 69)).containsExactly(MAC);
    }

    @Test
    void wtpDescriptorCarriesCiscoSubElements() {
        // §4.6.41 WTP Descriptor at 21 + 48 = 69: type 39, length 3 + 3 + 3 x (4+2+2+4) = 42
        assertThat(b.getShort(69)).isEqualTo((short) 39);
        assertThat(b.getShort(71)).isEqualTo((short) 42);
        assertThat(Arrays.copyOfRange(p, 73, 79))
                .as("max radios, in use, 1 encryption entry: WBID 1, caps 0")
                .containsExactly(2, 2, 1, 1, 0, 0);
        for (int at = 79, type = 0; type < 3; at += 12, type++) {
            assertThat(b.getInt(at)).as("descriptor vendor").isEqualTo(4232704);
            assertThat(b.getShort(at + 4)).as("descriptor type").isEqualTo((short) type);
            assertThat(b.getShort(at + 6)).as("descriptor length").isEqualTo((short) 4);
        }
        assertThat(Arrays.copyOfRange(p, 99, 103)).as("software 17.9.4.27").containsExactly(17, 9, 4, 27);
    }

    @Test
    void tunnelMacTypeAndRadios() {
        // §4.6.43 WTP Frame Tunnel Mode at 69 + 46 = 115; §4.6.44 WTP MAC Type at 120
        assertThat(b.getShort(115)).isEqualTo((short) 41);
        assertThat(p[119]).as("E bit: 802.3 frames").isEqualTo((byte) 0x04);
        assertThat(b.getShort(120)).isEqualTo((short) 44);
        assertThat(p[124]).as("split MAC").isEqualTo((byte) 1);
        // RFC 5416 §6.25 IEEE 802.11 WTP Radio Information at 125 and 134: Radio ID 1..31, then the type bits
        assertThat(b.getShort(125)).isEqualTo((short) 1048);
        assertThat(b.getShort(127)).isEqualTo((short) 5);
        assertThat(Arrays.copyOfRange(p, 129, 134)).containsExactly(1, 0, 0, 0, 0x0d);
        assertThat(b.getShort(134)).isEqualTo((short) 1048);
        assertThat(Arrays.copyOfRange(p, 138, 143)).containsExactly(2, 0, 0, 0, 0x0a);
    }

    @Test
    void ciscoVendorElements() {
        // §4.6.39 Vendor Specific Payload at 143: vendor (4), element id (2), data; Cisco element 5 = RAD Name
        assertThat(b.getShort(143)).isEqualTo((short) 37);
        assertThat(b.getShort(145)).isEqualTo((short) 22);
        assertThat(b.getInt(147)).isEqualTo(4232704);
        assertThat(b.getShort(151)).isEqualTo((short) 5);
        assertThat(new String(p, 153, 16, StandardCharsets.US_ASCII)).isEqualTo("AP0200.0000.0001");
        // then Cisco element 54 "AP Mode and Type": local mode, type 0; the datagram ends with it
        assertThat(b.getShort(169)).isEqualTo((short) 37);
        assertThat(b.getShort(171)).isEqualTo((short) 8);
        assertThat(b.getInt(173)).isEqualTo(4232704);
        assertThat(b.getShort(177)).isEqualTo((short) 54);
        assertThat(Arrays.copyOfRange(p, 179, 181)).containsExactly(0, 0);
    }

    @Test
    void ciscoBinaryVersionsAreRead() {
        assertThat(CapwapCodec.binaryVersion(new byte[] {17, 12, 1, (byte) 200}))
                .isEqualTo("17.12.1.200");
        assertThat(CapwapCodec.binaryVersion("8.5".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("8.5");
    }
}
