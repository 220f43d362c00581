package org.ewcstation.servers.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address or a prefix ({@code 192.0.2.10}, {@code 192.0.2.0/24}, {@code fd00::/64}), IPv4 or IPv6. */
public record AddressBlock(InetAddress network, int prefix) {

    public AddressBlock {
        int bits = network.getAddress().length * 8;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix /" + prefix + " for " + IpText.of(network));
        }
    }

    public static AddressBlock of(InetAddress a) {
        return new AddressBlock(a, a.getAddress().length * 8);
    }

    /** Parses {@code ADDR} or {@code ADDR/PREFIX}; only literal addresses, never a name to look up. */
    public static AddressBlock parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        String addr = slash < 0 ? t : t.substring(0, slash);
        // dotted digits or a colon form: anything else ("cafe.bad") would make getByName ask DNS
        if (!addr.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") && !addr.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        InetAddress a;
        try {
            a = InetAddress.getByName(addr);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
        if (slash < 0) {
            return of(a);
        }
        try {
            return new AddressBlock(a, Integer.parseInt(t.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad prefix: " + text, e);
        }
    }

    public boolean contains(InetAddress a) {
        byte[] n = network.getAddress();
        byte[] x = a.getAddress();
        if (n.length != x.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (n[i] != x[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        return rest == 0 || ((n[full] ^ x[full]) & (0xff << (8 - rest)) & 0xff) == 0;
    }

    @Override
    public String toString() {
        return IpText.of(network) + (prefix == network.getAddress().length * 8 ? "" : "/" + prefix);
    }
}
