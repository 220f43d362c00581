package org.ewcstation.servers.tftp;

import java.time.Duration;

/**
 * The retransmission timeout of one transfer, from its measured round trips (RFC 6298: SRTT and
 * RTTVAR smoothing, RTO = SRTT + 4·RTTVAR), with a floor of a few milliseconds instead of TCP's one
 * second, exponential back-off on each timeout and a ceiling: the client's RFC 2349 {@code timeout}
 * when it asked for one, the server's setting otherwise. A fixed one-second timeout costs a second per
 * lost packet; at 1 % loss over 57,000 blocks that is ten minutes, against seconds here.
 *
 * <p>Karn's rule is the caller's: only a block that was sent once and acknowledged gives a sample.
 */
final class RetransmissionTimer {

    /** Below this a busy client's scheduling delay alone would look like a loss. */
    static final long FLOOR_NANOS = Duration.ofMillis(5).toNanos();
    /** RFC 6298's first RTO, before any sample (capped by the ceiling). */
    static final long INITIAL_NANOS = Duration.ofSeconds(1).toNanos();

    private final long ceilingNanos;
    private long srtt = -1;
    private long rttvar;
    private long rto;
    private int backoffs;

    RetransmissionTimer(Duration ceiling) {
        this.ceilingNanos = Math.max(FLOOR_NANOS, ceiling.toNanos());
        this.rto = Math.min(INITIAL_NANOS, ceilingNanos);
    }

    /** The time to wait now for an ACK before sending again. */
    long timeoutNanos() {
        long t = rto;
        for (int i = 0; i < backoffs && t < ceilingNanos; i++) {
            t <<= 1;
        }
        return Math.min(t, ceilingNanos);
    }

    /** A round trip measured on a packet sent once (Karn). Ends any back-off. */
    void sample(long rttNanos) {
        long r = Math.max(0, rttNanos);
        if (srtt < 0) {
            srtt = r;
            rttvar = r / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;
            srtt = (7 * srtt + r) / 8;
        }
        rto = Math.clamp(srtt + 4 * rttvar, FLOOR_NANOS, ceilingNanos);
        backoffs = 0;
    }

    /** A timeout fired: wait twice as long next time, up to the ceiling. */
    void backOff() {
        if (timeoutNanos() < ceilingNanos) {
            backoffs++;
        }
    }

    long ceilingNanos() {
        return ceilingNanos;
    }

    /** The smoothed round trip, or -1 before the first sample. */
    long smoothedRttNanos() {
        return srtt;
    }
}
