package org.ewcstation.servers.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;

/**
 * Which addresses the embedded servers answer: on a customer LAN only the controllers of the run need the images
 * (and syslog comes from them alone), so by default every other host is refused. The technician may add addresses or
 * prefixes, or choose to serve any host. Changed while the servers run (a controller is connected, the settings
 * change), read on every request: one volatile snapshot, no lock on the request path.
 *
 * <p>While no controller is known and none was added, there is no address to restrict to, and any host is served:
 * a server started before the controller is connected must not refuse the controller itself.
 */
public final class PeerFilter {

    private record State(boolean anyHost, List<AddressBlock> allowed, List<InetAddress> controllers) {}

    private volatile State state;

    public PeerFilter(boolean anyHost, List<AddressBlock> allowed) {
        this.state = new State(anyHost, List.copyOf(allowed), List.of());
    }

    /** Serves every host: the servers started on their own ({@code serve} without {@code --allow}) and tests. */
    public static PeerFilter anyHost() {
        return new PeerFilter(true, List.of());
    }

    /** Only these addresses or prefixes (and the controllers set later). */
    public static PeerFilter only(List<AddressBlock> allowed) {
        return new PeerFilter(false, allowed);
    }

    public synchronized void setAnyHost(boolean any) {
        State s = state;
        state = new State(any, s.allowed(), s.controllers());
    }

    public synchronized void setAllowed(Collection<AddressBlock> allowed) {
        State s = state;
        state = new State(s.anyHost(), List.copyOf(allowed), s.controllers());
    }

    /** The controllers of the run now (their SSH addresses); allowed automatically. */
    public synchronized void setControllers(Collection<InetAddress> controllers) {
        State s = state;
        state = new State(s.anyHost(), s.allowed(), List.copyOf(controllers));
    }

    public boolean allows(InetAddress peer) {
        State s = state;
        if (s.anyHost() || (s.allowed().isEmpty() && s.controllers().isEmpty())) {
            return true;
        }
        if (peer == null) {
            return false;
        }
        InetAddress p = unmapped(peer);
        for (InetAddress c : s.controllers()) {
            if (unmapped(c).equals(p)) {
                return true;
            }
        }
        for (AddressBlock b : s.allowed()) {
            if (b.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** What is allowed, for the refusal's log line: {@code 192.0.2.10, 198.51.100.0/24}. */
    public String describe() {
        State s = state;
        if (s.anyHost()) {
            return "any host";
        }
        StringBuilder sb = new StringBuilder();
        s.controllers().forEach(c -> sb.append(sb.isEmpty() ? "" : ", ").append(IpText.of(c)));
        s.allowed().forEach(b -> sb.append(sb.isEmpty() ? "" : ", ").append(b));
        return sb.isEmpty() ? "any host until a controller is known" : sb.toString();
    }

    /** A dual-stack socket reports an IPv4 peer as ::ffff:a.b.c.d; compare it as the IPv4 address it is. */
    static InetAddress unmapped(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length != 16) {
            return a;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return a;
            }
        }
        if (b[10] != (byte) 0xff || b[11] != (byte) 0xff) {
            return a;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return a;
        }
    }
}
