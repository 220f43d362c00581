package org.ewcstation.services.preflight;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Literal IP helpers that never touch DNS (a preflight must not hang on a resolver). */
final class Addresses {

    private Addresses() {}

    static Optional<InetAddress> literal(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip().replaceAll("^\\[|]$", "");
        boolean v4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = t.contains(":") && t.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t)); // a literal: parsed, not resolved
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static boolean isWildcard(String bind) {
        return literal(bind).map(InetAddress::isAnyLocalAddress).orElse(bind == null || bind.isBlank());
    }

    static boolean isLoopback(String s) {
        return literal(s).map(InetAddress::isLoopbackAddress).orElse("localhost".equalsIgnoreCase(s));
    }

    static boolean same(String a, String b) {
        Optional<InetAddress> x = literal(a);
        Optional<InetAddress> y = literal(b);
        return x.isPresent() && y.isPresent() ? x.get().equals(y.get()) : a != null && a.equalsIgnoreCase(b);
    }

    static boolean sameSubnet(String a, String b, int prefix) {
        Optional<InetAddress> x = literal(a);
        Optional<InetAddress> y = literal(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        byte[] p = x.get().getAddress();
        byte[] q = y.get().getAddress();
        if (p.length != q.length || prefix < 0 || prefix > p.length * 8) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((p[bit / 8] & mask) != (q[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
