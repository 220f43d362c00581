package org.ewcstation.services.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.services.network.LocalInterfaces.LocalAddress;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.capwap.CapwapMessages;
import org.ewcstation.simulator.capwap.DiscoveryResponder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CAPWAP discovery over real UDP on loopback against the simulator's responder. */
class CapwapDiscoverySimTest {

    static SimulatedEwc ewc;

    @BeforeAll
    static void start() {
        ewc = SimFixture.sim()
                .bind("127.0.0.7")
                .capwapPort(0)
                .hostname("EWC-CAPWAP")
                .aps(3)
                .start();
    }

    @AfterAll
    static void stop() {
        ewc.close();
    }

    @Test
    void theSimulatorAnswersWithNameVersionAndApCounts() throws Exception {
        InetSocketAddress target = CapwapDiscovery.target("127.0.0.7:" + ewc.capwapPort());
        List<CapwapController> found =
                new CapwapDiscovery(Duration.ofSeconds(5)).discover(List.of(target), List.of(), SweepListener.NONE);
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.address()).isEqualTo("127.0.0.7");
            assertThat(c.port()).isEqualTo(ewc.capwapPort());
            assertThat(c.acName()).isEqualTo("EWC-CAPWAP");
            var host = ewc.aps().stream()
                    .filter(a -> a.hostsController())
                    .findFirst()
                    .orElseThrow();
            assertThat(c.software()).isEqualTo(host.primary()).isNotBlank();
            // Cisco's AC Descriptor: hardware and software as four-byte versions (types 0 and 1)
            assertThat(c.hardware()).isEqualTo(DiscoveryResponder.HARDWARE_VERSION);
            assertThat(c.activeAps()).isEqualTo(3);
            assertThat(c.maxAps()).isEqualTo(100);
        });
    }

    @Test
    void theBroadcastPathCollectsForTheWholeWindow_loopbackTargetOnly() throws Exception {
        InetSocketAddress target = new InetSocketAddress("127.0.0.7", ewc.capwapPort());
        List<CapwapController> found =
                new CapwapDiscovery(Duration.ofMillis(800)).discover(List.of(), List.of(target), SweepListener.NONE);
        assertThat(found).extracting(CapwapController::acName).containsExactly("EWC-CAPWAP");
    }

    @Test
    void silenceAndGarbageGiveAnEmptyListNotAnError() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress("127.0.0.8", 0));
                DatagramSocket liar = new DatagramSocket(new InetSocketAddress("127.0.0.9", 0))) {
            Thread t = Thread.ofPlatform().daemon().name("test-capwap-liar").start(() -> {
                try {
                    DatagramPacket in = new DatagramPacket(new byte[2048], 2048);
                    liar.receive(in);
                    byte[] junk = {0, 0x10, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x7f, (byte) 0xff, 0, 0, 4, 0x7f, 0x7f};
                    liar.send(new DatagramPacket(junk, junk.length, in.getSocketAddress()));
                } catch (Exception e) {
                    // closed by the test
                }
            });
            List<CapwapController> found = new CapwapDiscovery(Duration.ofMillis(600))
                    .discover(
                            List.of((InetSocketAddress) silent.getLocalSocketAddress(), (InetSocketAddress)
                                    liar.getLocalSocketAddress()),
                            List.of(),
                            SweepListener.NONE);
            assertThat(found).isEmpty();
            t.join(2000);
        }
    }

    @Test
    void theRequestCarriesTheElementsAnApSends() {
        byte[] req = CapwapCodec.discoveryRequest(42, new byte[] {2, 0, 0, 0, 0, 1});
        CapwapMessages.Control c = CapwapMessages.parse(req, req.length);
        assertThat(c.type()).isEqualTo(CapwapMessages.DISCOVERY_REQUEST);
        assertThat(c.sequence()).isEqualTo(42);
        assertThat(c.elements()).extracting(CapwapMessages.Element::type).contains(20, 38, 39, 41, 44, 1048, 37);
        assertThat(c.apName()).isEqualTo("AP0200.0000.0001");
    }

    @Test
    void subnetBroadcastsSkipLoopbackAndIpv6() throws Exception {
        List<LocalAddress> addrs = List.of(
                new LocalAddress("eth0", "eth0", InetAddress.getByName("192.0.2.17"), 24, false),
                new LocalAddress("eth1", "eth1", InetAddress.getByName("198.51.100.9"), 16, false),
                new LocalAddress("lo", "lo", InetAddress.getByName("127.0.0.1"), 8, true),
                new LocalAddress("eth0", "eth0", InetAddress.getByName("2001:db8::1"), 64, false));
        assertThat(CapwapDiscovery.subnetBroadcasts(addrs, 5246))
                .extracting(a -> a.getAddress().getHostAddress())
                .containsExactly("192.0.2.255", "198.51.255.255");
    }
}
