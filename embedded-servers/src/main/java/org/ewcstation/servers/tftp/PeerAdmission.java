package org.ewcstation.servers.tftp;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.ewcstation.servers.net.PeerLimits;

/**
 * The per-address limits of the TFTP server: new requests per second (a token bucket per address, read by the
 * request thread alone) and transfers at once (counted up there, down by whichever thread ends the transfer).
 * Both tables forget idle addresses, so a flood of spoofed sources cannot grow them without bound.
 */
final class PeerAdmission {

    /** What a request gets. */
    enum Verdict {
        ADMITTED,
        TOO_FAST,
        TOO_MANY
    }

    static final int MAX_TRACKED = 4096;

    private final PeerLimits limits;
    private final LongSupplier nanoClock;
    private final Map<InetAddress, Bucket> buckets = new HashMap<>();
    private final ConcurrentHashMap<InetAddress, Integer> transfers = new ConcurrentHashMap<>();

    PeerAdmission(PeerLimits limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
    }

    /** Called by the request thread for each new read request; an admitted one holds a slot until {@link #ended}. */
    Verdict admit(InetAddress peer) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= MAX_TRACKED) {
            buckets.values().removeIf(b -> b.full(now));
            if (buckets.size() >= MAX_TRACKED) {
                // thousands of sources within two seconds are spoofed: starting over costs them nothing they had
                buckets.clear();
            }
        }
        Bucket bucket = buckets.computeIfAbsent(peer, p -> new Bucket(limits.tftpRequestsPerSecond(), now));
        if (!bucket.take(now)) {
            return Verdict.TOO_FAST;
        }
        boolean[] admitted = new boolean[1];
        // compute() holds the entry: an ending transfer on another thread cannot remove it in between
        transfers.compute(peer, (p, n) -> {
            int held = n == null ? 0 : n;
            admitted[0] = held < limits.tftpTransfersPerPeer();
            return admitted[0] ? held + 1 : n;
        });
        return admitted[0] ? Verdict.ADMITTED : Verdict.TOO_MANY;
    }

    /** The transfer of an admitted request ended (or never started). */
    void ended(InetAddress peer) {
        transfers.computeIfPresent(peer, (p, n) -> n <= 1 ? null : n - 1);
    }

    /** Addresses the rate table remembers now. */
    int tracked() {
        return buckets.size();
    }

    int transfers(InetAddress peer) {
        return transfers.getOrDefault(peer, 0);
    }

    /** {@code perSecond} tokens a second, twice that as a burst. */
    private static final class Bucket {
        private final double perNano;
        private final double capacity;
        private double tokens;
        private long last;

        Bucket(int perSecond, long now) {
            this.perNano = perSecond / 1e9;
            this.capacity = 2.0 * perSecond;
            this.tokens = capacity;
            this.last = now;
        }

        boolean take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
