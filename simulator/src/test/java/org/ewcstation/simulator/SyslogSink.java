package org.ewcstation.simulator;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the syslog datagrams the simulated controller sends, with the sender's address. */
final class SyslogSink implements AutoCloseable {

    final DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<String> senders = new CopyOnWriteArrayList<>();

    SyslogSink() throws IOException {
        Thread t = new Thread(
                () -> {
                    byte[] buf = new byte[4096];
                    while (!socket.isClosed()) {
                        try {
                            DatagramPacket p = new DatagramPacket(buf, buf.length);
                            socket.receive(p);
                            lines.add(new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII));
                            senders.add(p.getAddress().getHostAddress());
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "test-syslog-sink");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        socket.close();
    }
}
