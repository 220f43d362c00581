package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.ewcstation.servers.net.PeerLimits;
import org.junit.jupiter.api.Test;

/** The per-address limits on a clock the test moves. */
class PeerAdmissionTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final PeerAdmission admission =
            new PeerAdmission(new PeerLimits(3, 5, 64, 8, 16, Duration.ofSeconds(30)), now::get);

    static InetAddress ip(String a) throws Exception {
        return InetAddress.getByName(a);
    }

    @Test
    void anAddressHoldsAtMostItsShareOfTransfersAndGetsThemBackWhenTheyEnd() throws Exception {
        InetAddress flood = ip("192.0.2.66");
        for (int i = 0; i < 3; i++) {
            assertThat(admission.admit(flood)).isEqualTo(PeerAdmission.Verdict.ADMITTED);
        }
        assertThat(admission.admit(flood)).isEqualTo(PeerAdmission.Verdict.TOO_MANY);
        assertThat(admission.transfers(flood)).isEqualTo(3);
        assertThat(admission.admit(ip("192.0.2.10"))).isEqualTo(PeerAdmission.Verdict.ADMITTED);

        admission.ended(flood);
        assertThat(admission.transfers(flood)).isEqualTo(2);
        assertThat(admission.admit(flood)).isEqualTo(PeerAdmission.Verdict.ADMITTED);
    }

    @Test
    void requestsPerSecondAllowABurstOfTwiceTheRateThenRefillWithTime() throws Exception {
        InetAddress peer = ip("192.0.2.20");
        int admitted = 0;
        for (int i = 0; i < 30; i++) {
            if (admission.admit(peer) != PeerAdmission.Verdict.TOO_FAST) {
                admitted++;
                admission.ended(peer);
            }
        }
        assertThat(admitted).isEqualTo(10);
        assertThat(admission.admit(peer)).isEqualTo(PeerAdmission.Verdict.TOO_FAST);
        now.addAndGet(Duration.ofMillis(200).toNanos());
        assertThat(admission.admit(peer)).isEqualTo(PeerAdmission.Verdict.ADMITTED);
    }

    @Test
    void aSpoofedSourceFloodDoesNotGrowTheTablesWithoutBound() throws Exception {
        for (int i = 0; i < PeerAdmission.MAX_TRACKED * 3; i++) {
            InetAddress a = InetAddress.getByAddress(new byte[] {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i});
            admission.admit(a);
            admission.ended(a);
            now.addAndGet(Duration.ofMillis(1).toNanos());
        }
        assertThat(admission.tracked()).isLessThanOrEqualTo(PeerAdmission.MAX_TRACKED);
    }
}
