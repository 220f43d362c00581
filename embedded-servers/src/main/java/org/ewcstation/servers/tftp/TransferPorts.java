package org.ewcstation.servers.tftp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens the socket of one transfer (its TID): any ephemeral port, or the next free one of a fixed
 * range so a firewall can open exactly that range. The range is walked round-robin so a port that
 * was just released is not reused at once (a late packet for the old transfer would hit the new one).
 */
final class TransferPorts {

    private final TftpSettings.PortRange range;
    private final AtomicInteger next = new AtomicInteger();

    TransferPorts(TftpSettings.PortRange range) {
        this.range = range;
    }

    /** A bound, blocking channel, or {@code null} when every port of the range is taken. */
    DatagramChannel open(ProtocolFamily family, InetAddress localAddress) throws IOException {
        if (range == null) {
            DatagramChannel channel = DatagramChannel.open(family);
            channel.bind(new InetSocketAddress(localAddress, 0));
            return channel;
        }
        for (int i = 0; i < range.size(); i++) {
            int port = range.first() + Math.floorMod(next.getAndIncrement(), range.size());
            DatagramChannel channel = DatagramChannel.open(family);
            try {
                channel.bind(new InetSocketAddress(localAddress, port));
                return channel;
            } catch (BindException e) {
                channel.close();
            }
        }
        return null;
    }
}
