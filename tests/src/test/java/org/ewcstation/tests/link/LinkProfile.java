package org.ewcstation.tests.link;

import java.time.Duration;

/**
 * What the emulated link does to each packet, in each direction on its own: a one-way delay with
 * uniform jitter (order kept, like a queue), independent loss, duplication and reordering (a reordered
 * packet is held back {@link #REORDER_GAP} longer, so later ones overtake it). The seed makes a run
 * repeatable: the n-th packet of a direction always meets the same fate.
 *
 * @param delay     one-way delay; the round trip is twice this
 * @param jitter    each packet's delay varies uniformly by up to this much either way
 * @param loss      probability that a packet is dropped, 0..1
 * @param duplicate probability that a packet is delivered twice
 * @param reorder   probability that a packet is held back behind later ones
 * @param seed      the random seed
 */
public record LinkProfile(Duration delay, Duration jitter, double loss, double duplicate, double reorder, long seed) {

    /** How much longer a reordered packet is held back, beyond the delay. */
    public static final Duration REORDER_GAP = Duration.ofMillis(2);

    public LinkProfile {
        if (delay.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("delay and jitter must not be negative");
        }
        for (double p : new double[] {loss, duplicate, reorder}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probabilities are within 0..1: " + p);
            }
        }
    }

    /** A clean link with this round trip, seed 1. */
    public static LinkProfile rtt(Duration roundTrip) {
        return new LinkProfile(roundTrip.dividedBy(2), Duration.ZERO, 0, 0, 0, 1);
    }

    public LinkProfile withJitter(Duration j) {
        return new LinkProfile(delay, j, loss, duplicate, reorder, seed);
    }

    public LinkProfile withLoss(double p) {
        return new LinkProfile(delay, jitter, p, duplicate, reorder, seed);
    }

    public LinkProfile withDuplicate(double p) {
        return new LinkProfile(delay, jitter, loss, p, reorder, seed);
    }

    public LinkProfile withReorder(double p) {
        return new LinkProfile(delay, jitter, loss, duplicate, p, seed);
    }

    public LinkProfile withSeed(long s) {
        return new LinkProfile(delay, jitter, loss, duplicate, reorder, s);
    }
}
