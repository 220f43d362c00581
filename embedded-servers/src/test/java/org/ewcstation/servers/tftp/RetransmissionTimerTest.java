package org.ewcstation.servers.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetransmissionTimerTest {

    static long ms(double millis) {
        return (long) (millis * 1_000_000);
    }

    @Test
    void startsAtOneSecondOrTheCeilingBeforeAnySample() {
        assertThat(new RetransmissionTimer(Duration.ofSeconds(5)).timeoutNanos())
                .isEqualTo(ms(1000));
        assertThat(new RetransmissionTimer(Duration.ofMillis(300)).timeoutNanos())
                .isEqualTo(ms(300));
    }

    @Test
    void followsRfc6298Smoothing() {
        RetransmissionTimer t = new RetransmissionTimer(Duration.ofSeconds(5));
        t.sample(ms(20));
        // first sample: SRTT = R, RTTVAR = R/2, RTO = SRTT + 4 RTTVAR = 3R
        assertThat(t.smoothedRttNanos()).isEqualTo(ms(20));
        assertThat(t.timeoutNanos()).isEqualTo(ms(60));
        t.sample(ms(20));
        // RTTVAR = 3/4 * 10 + 1/4 * 0 = 7.5; SRTT stays 20; RTO = 20 + 30
        assertThat(t.timeoutNanos()).isEqualTo(ms(50));
        for (int i = 0; i < 50; i++) {
            t.sample(ms(20));
        }
        // a steady path converges on the round trip itself (RTTVAR decays towards 0)
        assertThat(t.timeoutNanos()).isBetween(ms(20), ms(21));
    }

    @Test
    void neverGoesBelowTheFloorOnLoopback() {
        RetransmissionTimer t = new RetransmissionTimer(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            t.sample(ms(0.05));
        }
        assertThat(t.timeoutNanos()).isEqualTo(RetransmissionTimer.FLOOR_NANOS);
    }

    @Test
    void backsOffExponentiallyUpToTheCeilingAndASampleEndsIt() {
        RetransmissionTimer t = new RetransmissionTimer(Duration.ofMillis(100));
        for (int i = 0; i < 20; i++) {
            t.sample(ms(2));
        }
        long base = t.timeoutNanos();
        assertThat(base).isEqualTo(RetransmissionTimer.FLOOR_NANOS);
        t.backOff();
        assertThat(t.timeoutNanos()).isEqualTo(2 * base);
        t.backOff();
        assertThat(t.timeoutNanos()).isEqualTo(4 * base);
        for (int i = 0; i < 10; i++) {
            t.backOff();
        }
        assertThat(t.timeoutNanos()).isEqualTo(ms(100));
        t.sample(ms(2));
        assertThat(t.timeoutNanos()).isEqualTo(RetransmissionTimer.FLOOR_NANOS);
    }

    @Test
    void aSlowPathIsCappedByTheNegotiatedTimeout() {
        RetransmissionTimer t = new RetransmissionTimer(Duration.ofSeconds(1));
        t.sample(ms(900));
        assertThat(t.timeoutNanos()).isEqualTo(ms(1000));
    }
}
