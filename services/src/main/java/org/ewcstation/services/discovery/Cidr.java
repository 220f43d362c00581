package org.ewcstation.services.discovery;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.net.IpText;

/**
 * An IPv4 range in CIDR notation, limited to /16 (65 534 hosts) so a typo cannot start a sweep of a /8. A bare
 * address is a /32. The network and broadcast addresses are skipped for prefixes up to /30.
 */
public record Cidr(int network, int prefix) {

    public static final int WIDEST_PREFIX = 16;
    private static final Pattern SYNTAX = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");

    /** Thrown for bad input; carries a message key, not a sentence. */
    public static final class InvalidCidrException extends IllegalArgumentException {
        private final transient Msg msg;

        InvalidCidrException(Msg msg) {
            super(msg.key() + " " + msg.args());
            this.msg = msg;
        }

        public Msg msg() {
            return msg;
        }
    }

    public static Cidr parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!SYNTAX.matcher(t).matches()) {
            throw new InvalidCidrException(Msg.of("discovery.cidr.invalid", t));
        }
        int slash = t.indexOf('/');
        int prefix = slash < 0 ? 32 : Integer.parseInt(t.substring(slash + 1));
        String addr = slash < 0 ? t : t.substring(0, slash);
        int ip = 0;
        for (String part : addr.split("\\.")) {
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new InvalidCidrException(Msg.of("discovery.cidr.invalid", t));
            }
            ip = (ip << 8) | octet;
        }
        if (prefix > 32) {
            throw new InvalidCidrException(Msg.of("discovery.cidr.invalid", t));
        }
        if (prefix < WIDEST_PREFIX) {
            throw new InvalidCidrException(Msg.of("discovery.cidr.tooLarge", t, WIDEST_PREFIX));
        }
        return new Cidr(ip & mask(prefix), prefix);
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    public int broadcast() {
        return network | ~mask(prefix);
    }

    /** The host addresses to probe, in order. */
    public List<InetAddress> hosts() {
        long first = Integer.toUnsignedLong(network);
        long last = Integer.toUnsignedLong(broadcast());
        if (prefix <= 30) {
            first++;
            last--;
        }
        List<InetAddress> out = new ArrayList<>((int) (last - first + 1));
        for (long a = first; a <= last; a++) {
            out.add(address((int) a));
        }
        return out;
    }

    public static InetAddress address(int ip) {
        try {
            return Inet4Address.getByAddress(
                    new byte[] {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always a valid address
        }
    }

    @Override
    public String toString() {
        return IpText.of(address(network)) + "/" + prefix;
    }
}
