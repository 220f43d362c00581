package org.ewcstation.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.ewcstation.simulator.capwap.CapwapMessages;
import org.junit.jupiter.api.Test;

/** Hostile input: malformed CAPWAP datagrams are dropped and the responder keeps answering; bad fault flags. */
class CapwapResponderTest {

    @Test
    void garbageIsIgnoredAndTheNextRequestAnswered() throws Exception {
        try (SimulatedEwc ewc = SimulatedEwc.builder().capwapPort(0).start();
                DatagramSocket ap = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            InetSocketAddress to = new InetSocketAddress("127.0.0.1", ewc.capwapPort());
            byte[] good = CapwapDiscoveryInteropTest.discoveryRequest(9);
            Random r = new Random(1);
            for (int i = 0; i < 50; i++) {
                byte[] junk = new byte[r.nextInt(64)];
                r.nextBytes(junk);
                ap.send(new DatagramPacket(junk, junk.length, to));
            }
            byte[] truncated = Arrays.copyOf(good, good.length - 3);
            ap.send(new DatagramPacket(truncated, truncated.length, to));
            ap.send(new DatagramPacket(good, good.length, to));
            ap.setSoTimeout(10_000);
            byte[] buf = new byte[2048];
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            ap.receive(in);
            CapwapMessages.Control resp = CapwapMessages.parse(buf, in.getLength());
            assertThat(resp.type()).isEqualTo(CapwapMessages.DISCOVERY_RESPONSE);
            assertThat(resp.sequence()).isEqualTo(9);
            assertThat(resp.elements()).extracting(CapwapMessages.Element::type).contains(1, 4, 10, 1048);
        }
    }

    @Test
    void parserRejectsTruncatedAndForeignPackets() {
        byte[] good = CapwapDiscoveryInteropTest.discoveryRequest(1);
        assertThat(CapwapMessages.parse(good, good.length)).isNotNull();
        assertThat(CapwapMessages.parse(good, good.length - 2)).isNull();
        byte[] dtls = good.clone();
        dtls[0] = 0x01;
        assertThat(CapwapMessages.parse(dtls, dtls.length)).isNull();
        assertThat(CapwapMessages.parse(new byte[4], 4)).isNull();
    }

    @Test
    void aRequestWhoseLengthFieldCountsOnlyElementsPlusOneIsDropped() {
        byte[] good = CapwapDiscoveryInteropTest.discoveryRequest(3);
        assertThat(CapwapMessages.parse(good, good.length).apName()).isEqualTo("AP0200.0000.0042");
        byte[] old = good.clone();
        ByteBuffer.wrap(old).putShort(13, (short) (good.length - 16 + 1)); // elements + 1: the pre-RFC arithmetic
        assertThat(CapwapMessages.parse(old, old.length)).isNull();
    }

    @Test
    void badFaultFlagsSayWhatIsAccepted() {
        assertThatThrownBy(() -> Fault.parse("explode")).hasMessageContaining("wrong-path, unreachable");
        assertThatThrownBy(() -> Fault.parse("slow-link=fast")).hasMessageContaining("positive number");
        assertThat(Fault.parse("refuse").command()).isEqualTo("ap image predownload");
        assertThat(Fault.parse("drop-session=show ap image").command()).isEqualTo("show ap image");
    }
}
