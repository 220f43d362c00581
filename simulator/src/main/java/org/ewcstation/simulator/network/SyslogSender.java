package org.ewcstation.simulator.network;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the controller's log lines to every {@code logging host}, over UDP from the controller's own
 * address, in the form IOS-XE uses (RFC 3164 priority, sequence number, timestamp, message):
 * {@code <189>12: *Feb 1 17:05:37.108: %INSTALL-5-INSTALL_COMPLETED_INFO: ...}; facility local7.
 */
public final class SyslogSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyslogSender.class);
    private static final int LOCAL7 = 23;

    private final InetAddress bind;
    private final List<Host> hosts = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private DatagramSocket socket;

    public SyslogSender(InetAddress bind) {
        this.bind = bind;
    }

    /** A configured {@code logging host}. */
    public record Host(String address, int port) {}

    public void addHost(String address, int port) {
        hosts.removeIf(h -> h.address().equals(address));
        hosts.add(new Host(address, port));
    }

    public void removeHost(String address) {
        hosts.removeIf(h -> h.address().equals(address));
    }

    public List<Host> hosts() {
        return List.copyOf(hosts);
    }

    void send(int severity, String stamp, String message) {
        if (hosts.isEmpty()) {
            return;
        }
        String line = "<" + (LOCAL7 * 8 + severity) + ">" + sequence.incrementAndGet() + ": " + stamp + ": " + message;
        byte[] data = line.getBytes(StandardCharsets.US_ASCII);
        for (Host h : hosts) {
            try {
                socket().send(new DatagramPacket(data, data.length, new InetSocketAddress(h.address(), h.port())));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Syslog to {}:{} failed: {}", h.address(), h.port(), e.toString());
            }
        }
    }

    private synchronized DatagramSocket socket() throws IOException {
        if (socket == null) {
            socket = new DatagramSocket(new InetSocketAddress(bind, 0));
        }
        return socket;
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            socket.close();
        }
    }
}
