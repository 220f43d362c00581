package org.ewcstation.services.discovery;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.services.network.LocalInterfaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks for controllers as an AP does: one CAPWAP Discovery Request per target (unicast addresses and/or
 * subnet broadcasts), then collects Discovery Responses for {@code window}. Silence is normal (no controller,
 * or a firewall) and yields an empty list. When every target is unicast and all have answered, it stops early.
 */
public final class CapwapDiscovery {

    public static final int DEFAULT_PORT = 5246;
    private static final Logger LOG = LoggerFactory.getLogger(CapwapDiscovery.class);

    private final Duration window;

    public CapwapDiscovery(Duration window) {
        this.window = window;
    }

    /**
     * Sends to {@code unicast} and {@code broadcast} targets and returns each controller that answered once.
     * Blocking for up to the window.
     */
    public List<CapwapController> discover(
            List<InetSocketAddress> unicast, List<InetSocketAddress> broadcast, SweepListener listener)
            throws IOException {
        int sequence = ThreadLocalRandom.current().nextInt(256);
        byte[] request = CapwapCodec.discoveryRequest(sequence, randomMac());
        Map<String, CapwapController> found = new LinkedHashMap<>();
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setBroadcast(!broadcast.isEmpty());
            List<InetSocketAddress> all = new ArrayList<>(unicast);
            all.addAll(broadcast);
            for (InetSocketAddress t : all) {
                try {
                    socket.send(new DatagramPacket(request, request.length, t));
                } catch (IOException e) {
                    LOG.debug("CAPWAP discovery to {} not sent: {}", t, e.toString()); // no route: same as silence
                }
            }
            Set<String> waiting = unicast.stream().map(CapwapDiscovery::key).collect(Collectors.toSet());
            long deadline = System.nanoTime() + window.toNanos();
            byte[] buf = new byte[4096];
            while (broadcast.size() > 0 || !waiting.isEmpty()) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) Math.max(1, left));
                DatagramPacket in = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(in);
                } catch (SocketTimeoutException e) {
                    break;
                }
                InetSocketAddress from = (InetSocketAddress) in.getSocketAddress();
                CapwapCodec.parseResponse(buf, in.getLength(), IpText.of(from.getAddress()), from.getPort(), sequence)
                        .ifPresent(c -> {
                            if (found.putIfAbsent(key(from), c) == null) {
                                listener.found(c);
                            }
                            waiting.remove(key(from));
                        });
            }
        }
        LOG.info("CAPWAP discovery: {} controller(s) answered", found.size());
        return List.copyOf(found.values());
    }

    /** The directed broadcast address of every IPv4, non-loopback subnet of this computer. */
    public static List<InetSocketAddress> subnetBroadcasts(List<LocalInterfaces.LocalAddress> addresses, int port) {
        return addresses.stream()
                .filter(a -> a.ipv4() && !a.loopback() && a.prefix() >= 8 && a.prefix() <= 30)
                .map(a -> {
                    byte[] b = a.address().getAddress();
                    int ip = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
                    return new InetSocketAddress(Cidr.address(ip | ~(-1 << (32 - a.prefix()))), port);
                })
                .distinct()
                .toList();
    }

    /** Parses {@code HOST[:PORT]}; an IPv6 literal goes in brackets. */
    public static InetSocketAddress target(String text) throws IOException {
        String t = text.strip();
        int port = DEFAULT_PORT;
        String host = t;
        int colon = t.lastIndexOf(':');
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            host = t.substring(1, close);
            port = close + 1 < t.length() ? Integer.parseInt(t.substring(close + 2)) : DEFAULT_PORT;
        } else if (colon > 0 && t.indexOf(':') == colon) {
            host = t.substring(0, colon);
            port = Integer.parseInt(t.substring(colon + 1));
        }
        if (port < 1 || port > 65535) {
            throw new IOException("port " + port);
        }
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    private static String key(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }

    /** A locally administered MAC, so no real AP's address is ever claimed. */
    private static byte[] randomMac() {
        byte[] mac = new byte[6];
        ThreadLocalRandom.current().nextBytes(mac);
        mac[0] = (byte) ((mac[0] & 0xfc) | 0x02);
        return mac;
    }
}
