package org.ewcstation.servers.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Addresses as people and the controller write them: IPv6 in the canonical form of RFC 5952 ({@code fd00::2}, not
 * Java's {@code fd00:0:0:0:0:0:0:2}), without a scope; IPv4 as dotted quads. Every printed address goes through here.
 */
public final class IpText {

    private IpText() {}

    public static String of(InetAddress a) {
        if (a == null) {
            return "";
        }
        if (!(a instanceof Inet6Address)) {
            return a.getHostAddress();
        }
        byte[] b = a.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        return compress(groups);
    }

    /** {@code 192.0.2.5:69} or {@code [fd00::2]:69}; an unresolved address keeps its host string. */
    public static String hostPort(InetSocketAddress a) {
        if (a == null) {
            return "";
        }
        String host = a.getAddress() == null ? a.getHostString() : of(a.getAddress());
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /** The host part alone, in the same form. */
    public static String host(InetSocketAddress a) {
        return a == null ? "" : a.getAddress() == null ? a.getHostString() : of(a.getAddress());
    }

    /** The longest run of two or more zero groups becomes "::" (the first of equal runs); hex in lower case. */
    static String compress(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < g.length; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < g.length && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.length; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
