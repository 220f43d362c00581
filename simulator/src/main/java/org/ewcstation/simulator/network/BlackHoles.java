package org.ewcstation.simulator.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Sockets that swallow traffic and never answer, for the "server unreachable" fault: a real timeout
 * (not a quick ICMP or RST refusal), as when a firewall drops UDP 69 or TCP 22. The TCP one never
 * accepts, so the kernel completes the handshake and the SSH banner never comes.
 */
public final class BlackHoles implements AutoCloseable {

    private final InetAddress bind;
    private DatagramSocket udp;
    private ServerSocket tcp;

    public BlackHoles(InetAddress bind) {
        this.bind = bind;
    }

    public synchronized InetSocketAddress udp() {
        try {
            if (udp == null) {
                udp = new DatagramSocket(new InetSocketAddress(bind, 0));
            }
            return new InetSocketAddress(bind, udp.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized InetSocketAddress tcp() {
        try {
            if (tcp == null) {
                tcp = new ServerSocket(0, 50, bind);
            }
            return new InetSocketAddress(bind, tcp.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (udp != null) {
            udp.close();
        }
        if (tcp != null) {
            tcp.close();
        }
    }
}
