package org.ewcstation.servers.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** RFC 5952 section 4: the one text form of an IPv6 address. */
class IpTextTest {

    static String ip(String literal) throws UnknownHostException {
        return IpText.of(InetAddress.getByName(literal));
    }

    @Test
    void canonicalIpv6() throws UnknownHostException {
        assertThat(ip("fd00:0:0:0:0:0:0:2")).isEqualTo("fd00::2");
        assertThat(ip("::1")).isEqualTo("::1");
        assertThat(ip("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(ip("2001:DB8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(ip("2001:db8:0:1:1:1:1:1")).as("one zero group stays").isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(ip("2001:0:0:1:0:0:0:1")).as("the longest run").isEqualTo("2001:0:0:1::1");
        assertThat(ip("2001:db8:0:0:1:0:0:1")).as("the first of equal runs").isEqualTo("2001:db8::1:0:0:1");
        assertThat(ip("fe80::1%1")).doesNotContain("%");
        assertThat(ip("2001:db8::")).isEqualTo("2001:db8::");
    }

    @Test
    void ipv4AndPorts() throws UnknownHostException {
        assertThat(ip("192.0.2.5")).isEqualTo("192.0.2.5");
        assertThat(IpText.hostPort(new InetSocketAddress(InetAddress.getByName("fd00::2"), 69)))
                .isEqualTo("[fd00::2]:69");
        assertThat(IpText.hostPort(new InetSocketAddress(InetAddress.getByName("192.0.2.5"), 69)))
                .isEqualTo("192.0.2.5:69");
        assertThat(IpText.hostPort(InetSocketAddress.createUnresolved("ewc.example", 22)))
                .isEqualTo("ewc.example:22");
    }
}
