package org.ewcstation.services.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Real interfaces of this machine; only loopback is ever asked for a route. */
class LocalInterfacesTest {

    final LocalInterfaces interfaces = new LocalInterfaces();

    @Test
    void listsLoopbackLastAndKnowsSubnets() throws Exception {
        var all = interfaces.list();
        assertThat(all).anySatisfy(a -> assertThat(a.loopback()).isTrue());
        assertThat(all.getLast().loopback()).isTrue();
        var lo = all.stream().filter(a -> a.loopback() && a.ipv4()).findFirst().orElseThrow();
        assertThat(lo.sameSubnet(InetAddress.getByName("127.0.0.42"))).isTrue();
        assertThat(lo.sameSubnet(InetAddress.getByName("192.0.2.1"))).isFalse();
        assertThat(lo.text()).isEqualTo("127.0.0.1/8");
    }

    @Test
    void facingALoopbackPeerIsLoopback() throws Exception {
        assertThat(interfaces.facing(InetAddress.getByName("127.0.0.2")))
                .get()
                .satisfies(a -> assertThat(a.isLoopbackAddress()).isTrue());
        assertThat(interfaces.bestFor(InetAddress.getByName("127.0.0.2")))
                .get()
                .extracting(InetAddress::getHostAddress)
                .isEqualTo("127.0.0.1");
    }

    @Test
    void subnetMathForPartialOctets() throws Exception {
        var a = new LocalInterfaces.LocalAddress("eth0", "eth0", InetAddress.getByName("172.16.5.62"), 22, false);
        assertThat(a.sameSubnet(InetAddress.getByName("172.16.4.26"))).isTrue();
        assertThat(a.sameSubnet(InetAddress.getByName("172.16.8.1"))).isFalse();
    }
}
