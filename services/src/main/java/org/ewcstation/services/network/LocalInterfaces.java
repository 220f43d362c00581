package org.ewcstation.services.network;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ewcstation.servers.net.IpText;

/** This computer's addresses, and which one faces a given controller. */
public final class LocalInterfaces {

    /** One address of one up interface; {@code prefix} is the network prefix length. */
    public record LocalAddress(
            String interfaceName, String displayName, InetAddress address, int prefix, boolean loopback) {

        public boolean ipv4() {
            return address instanceof Inet4Address;
        }

        /** Whether {@code other} is on this address's subnet. */
        public boolean sameSubnet(InetAddress other) {
            byte[] a = address.getAddress();
            byte[] b = other.getAddress();
            if (a.length != b.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((a[i] & mask) != (b[i] & mask)) {
                    return false;
                }
            }
            return true;
        }

        public String text() {
            return IpText.of(address) + "/" + prefix;
        }
    }

    /** Every address of every interface that is up, IPv4 first, loopback last. */
    public List<LocalAddress> list() {
        List<LocalAddress> out = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp()) {
                    continue;
                }
                for (InterfaceAddress ia : ni.getInterfaceAddresses()) {
                    out.add(new LocalAddress(
                            ni.getName(),
                            ni.getDisplayName(),
                            ia.getAddress(),
                            ia.getNetworkPrefixLength(),
                            ni.isLoopback()));
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(LocalAddress::loopback)
                .thenComparing(a -> !a.ipv4())
                .thenComparing(LocalAddress::interfaceName));
        return out;
    }

    /**
     * The local address the OS would use to reach {@code controller}: a UDP socket is "connected" to it,
     * which asks the routing table and sends nothing.
     */
    public Optional<InetAddress> facing(InetAddress controller) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(controller, 9);
            InetAddress local = s.getLocalAddress();
            return local == null || local.isAnyLocalAddress() ? Optional.empty() : Optional.of(local);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The address of ours on the controller's subnet, else the routed one. */
    public Optional<InetAddress> bestFor(InetAddress controller) {
        return list().stream()
                .filter(a -> a.sameSubnet(controller))
                .map(LocalAddress::address)
                .findFirst()
                .or(() -> facing(controller));
    }
}
