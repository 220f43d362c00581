package org.ewcstation.servers.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerFilterTest {

    static InetAddress ip(String a) throws Exception {
        return InetAddress.getByName(a);
    }

    @Test
    void onlyTheControllersAndTheAddedBlocksOnceAnyIsKnown() throws Exception {
        PeerFilter f = PeerFilter.only(List.of(AddressBlock.parse("198.51.100.0/24"), AddressBlock.parse("fd00::/64")));
        f.setControllers(List.of(ip("192.0.2.10")));
        assertThat(f.allows(ip("192.0.2.10"))).isTrue();
        assertThat(f.allows(ip("::ffff:192.0.2.10"))).as("IPv4-mapped").isTrue();
        assertThat(f.allows(ip("198.51.100.77"))).isTrue();
        assertThat(f.allows(ip("fd00::2"))).isTrue();
        assertThat(f.allows(ip("192.0.2.11"))).isFalse();
        assertThat(f.allows(ip("fd00:0:0:1::2"))).isFalse();
        assertThat(f.allows(null)).isFalse();
        assertThat(f.describe()).isEqualTo("192.0.2.10, 198.51.100.0/24, fd00::/64");
        f.setAnyHost(true);
        assertThat(f.allows(ip("203.0.113.9"))).isTrue();
    }

    @Test
    void nothingKnownYetServesAnyHostSoTheFirstControllerIsNotRefused() throws Exception {
        PeerFilter f = PeerFilter.only(List.of());
        assertThat(f.allows(ip("203.0.113.9"))).isTrue();
        f.setControllers(List.of(ip("192.0.2.10")));
        assertThat(f.allows(ip("203.0.113.9"))).isFalse();
    }

    @Test
    void blocksParseLiteralsOnlyAndCheckTheirPrefix() {
        assertThat(AddressBlock.parse(" 192.0.2.0/25 ").contains(InetAddress.getLoopbackAddress()))
                .isFalse();
        assertThat(AddressBlock.parse("192.0.2.5").toString()).isEqualTo("192.0.2.5");
        assertThatThrownBy(() -> AddressBlock.parse("controller.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressBlock.parse("cafe.bad")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressBlock.parse("192.0.2.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressBlock.parse("192.0.2.0/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
