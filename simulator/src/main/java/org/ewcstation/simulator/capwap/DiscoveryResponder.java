package org.ewcstation.simulator.capwap;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.ewcstation.simulator.Controller;
import org.ewcstation.simulator.network.VirtualAp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers CAPWAP Discovery Requests (UDP 5246 by default) as the EWC does, so discovery can find the
 * simulator like a real controller. Anything that is not a well-formed Discovery Request is ignored.
 */
public final class DiscoveryResponder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryResponder.class);
    /**
     * What the AC Descriptor states as hardware version. No public capture shows what an EWC puts there; any
     * four bytes will do, and a non-zero value lets a client's test tell a read field from a missing one.
     */
    public static final String HARDWARE_VERSION = "1.0.0.0";

    private final InetAddress bind;
    private final int requestedPort;
    private final Controller controller;
    private DatagramSocket socket;

    public DiscoveryResponder(InetAddress bind, int port, Controller controller) {
        this.bind = bind;
        this.requestedPort = port;
        this.controller = controller;
    }

    public void start() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(bind, requestedPort));
        Thread t = new Thread(this::loop, "ewc-sim-capwap");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void loop() {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            try {
                DatagramPacket in = new DatagramPacket(buf, buf.length);
                socket.receive(in);
                CapwapMessages.Control req = CapwapMessages.parse(buf, in.getLength());
                if (req == null || req.type() != CapwapMessages.DISCOVERY_REQUEST) {
                    LOG.debug("Ignored a CAPWAP datagram from {}", in.getSocketAddress());
                    continue;
                }
                LOG.debug("CAPWAP Discovery Request from {} (AP name {})", in.getSocketAddress(), req.apName());
                List<CapwapMessages.Element> radios = req.elements().stream()
                        .filter(e -> e.type() == CapwapMessages.WTP_RADIO_INFORMATION && e.value().length == 5)
                        .toList();
                byte[] out = CapwapMessages.discoveryResponse(req.sequence(), info(), radios);
                socket.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
            } catch (IOException | RuntimeException e) {
                if (!socket.isClosed()) {
                    LOG.debug("CAPWAP responder: {}", e.toString());
                }
            }
        }
    }

    private CapwapMessages.AcInfo info() {
        int joined = (int)
                controller.fleet().aps().stream().filter(VirtualAp::joined).count();
        byte[] ip = bind instanceof Inet4Address ? bind.getAddress() : new byte[] {127, 0, 0, 1};
        return new CapwapMessages.AcInfo(
                controller.settings().hostname(),
                joined,
                100,
                HARDWARE_VERSION,
                controller.fleet().host().snapshot().primary(),
                ip);
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }
}
