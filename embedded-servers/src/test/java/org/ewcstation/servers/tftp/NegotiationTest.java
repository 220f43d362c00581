package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    final TftpSettings settings = TftpSettings.defaults(Path.of("."));

    static Map<String, String> opts(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void noOptionsMeansPlainRfc1350() {
        Negotiation n = Negotiation.of(Map.of(), 1000, false, settings);
        assertThat(n.hasOptions()).isFalse();
        assertThat(n.blockSize()).isEqualTo(512);
        assertThat(n.windowSize()).isEqualTo(1);
        assertThat(n.timeout()).isEqualTo(settings.timeout());
    }

    @Test
    void blockSizeIsCappedAtTheCeilingAndTooSmallIsIgnored() {
        assertThat(Negotiation.of(opts("blksize", "65464"), 1, false, settings).blockSize())
                .isEqualTo(1468);
        assertThat(Negotiation.of(opts("blksize", "65464"), 1, true, settings).blockSize())
                .isEqualTo(1448);
        assertThat(Negotiation.of(opts("blksize", "8"), 1, false, settings).blockSize())
                .isEqualTo(8);
        Negotiation tiny = Negotiation.of(opts("blksize", "7"), 1, false, settings);
        assertThat(tiny.blockSize()).isEqualTo(512);
        assertThat(tiny.oack()).isEmpty();
        assertThat(Negotiation.of(opts("blksize", "8192"), 1, false, settings.withMaxBlockSize(65464))
                        .blockSize())
                .isEqualTo(8192);
    }

    @Test
    void tsizeTimeoutAndWindowsize() {
        Negotiation n =
                Negotiation.of(opts("TSize", "0", "timeout", "6", "windowsize", "500"), 123456, false, settings);
        assertThat(n.oack())
                .containsExactly(
                        Map.entry("tsize", "123456"), Map.entry("timeout", "6"), Map.entry("windowsize", "64"));
        assertThat(n.timeout()).isEqualTo(Duration.ofSeconds(6));
        assertThat(n.windowSize()).isEqualTo(64);
    }

    @Test
    void unknownAndInvalidOptionsAreLeftOut() {
        Negotiation n = Negotiation.of(
                opts("multicast", "", "timeout", "0", "windowsize", "x", "tsize", "-1", "blksize", "99999999999999"),
                10,
                false,
                settings);
        assertThat(n.oack()).isEmpty();
    }

    @Test
    void tsizeIsNotAcknowledgedWhenTheSizeIsUnknown() {
        assertThat(Negotiation.of(opts("tsize", "0"), -1, false, settings).oack())
                .isEmpty();
    }

    @Test
    void oackEncodesAndDecodes() {
        Map<String, String> m = opts("blksize", "1468", "tsize", "42");
        byte[] bytes = OptionAck.encode(m);
        assertThat(bytes[1]).isEqualTo((byte) 6);
        assertThat(OptionAck.decode(bytes, bytes.length)).containsExactlyEntriesOf(m);
    }
}
