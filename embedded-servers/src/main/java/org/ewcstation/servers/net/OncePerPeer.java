package org.ewcstation.servers.net;

import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which peers were already reported for a reason, so a flood gives one log line per peer, not one per
 * packet. Bounded: after {@link #CAPACITY} peers (a spoofed-source flood) it starts over rather than grow.
 */
public final class OncePerPeer {

    static final int CAPACITY = 4096;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /** True the first time {@code peer} is reported for {@code reason}. */
    public boolean first(InetAddress peer, String reason) {
        if (seen.size() >= CAPACITY) {
            seen.clear();
        }
        return seen.add(reason + '/' + (peer == null ? "" : peer.getHostAddress()));
    }
}
