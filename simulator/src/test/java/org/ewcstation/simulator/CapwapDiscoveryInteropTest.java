package org.ewcstation.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ewcstation.simulator.capwap.CapwapMessages;
import org.ewcstation.testsupport.Peers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CAPWAP discovery responder, checked by Wireshark's own CAPWAP dissector (tshark): a Discovery
 * Request as an AP sends it and the simulator's Discovery Response both decode without errors, the request's
 * RAD Name is read, and the response carries the AC Name and a Cisco AC Descriptor with the AP counts and versions.
 */
@Tag("interop")
class CapwapDiscoveryInteropTest {

    private static final Path TSHARK = Path.of("/usr/bin/tshark");

    @TempDir
    Path tmp;

    @Test
    void discoveryResponseDecodesInTshark() throws Exception {
        Peers.require("tshark", TSHARK.toString());
        try (SimulatedEwc ewc = SimulatedEwc.builder().capwapPort(0).aps(5).start();
                DatagramSocket ap = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = ewc.capwapPort();
            Path pcap = tmp.resolve("capwap.pcap");
            Process capture = new ProcessBuilder(
                            TSHARK.toString(), "-i", "lo", "-f", "udp port " + port, "-c", "4", "-w", pcap.toString())
                    .redirectErrorStream(true)
                    .start();
            try {
                exchangeAndDecode(ap, port, pcap, capture);
            } finally {
                // never leave a capture running when an assertion fails
                capture.destroy();
                capture.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private void exchangeAndDecode(DatagramSocket ap, int port, Path pcap, Process capture) throws Exception {
        CountDownLatch capturing = new CountDownLatch(1);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(capture.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String l; (l = r.readLine()) != null; ) {
                            if (l.contains("Capturing on")) {
                                capturing.countDown();
                            }
                        }
                    } catch (IOException e) {
                        capturing.countDown();
                    }
                },
                "tshark-stderr");
        reader.setDaemon(true);
        reader.start();
        assertThat(capturing.await(30, TimeUnit.SECONDS))
                .as("tshark started capturing")
                .isTrue();

        // dumpcap may say "Capturing on" a moment before its filter sees packets: repeat the exchange until
        // two of them were captured (tshark stops by itself after 4 packets)
        byte[] req = discoveryRequest(42);
        ap.setSoTimeout(5000);
        for (int i = 0; i < 60 && capture.isAlive(); i++) {
            ap.send(new DatagramPacket(req, req.length, new InetSocketAddress("127.0.0.1", port)));
            byte[] buf = new byte[2048];
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            ap.receive(in);
            CapwapMessages.Control resp = CapwapMessages.parse(buf, in.getLength());
            assertThat(resp).isNotNull();
            assertThat(resp.type()).isEqualTo(CapwapMessages.DISCOVERY_RESPONSE);
            assertThat(resp.sequence()).isEqualTo(42);
            capture.waitFor(500, TimeUnit.MILLISECONDS);
        }
        assertThat(capture.waitFor(30, TimeUnit.SECONDS))
                .as("tshark captured the exchanges")
                .isTrue();
        decode(pcap, port);
    }

    /** The captured request and responses as Wireshark's dissector reads them. */
    private static void decode(Path pcap, int port) throws Exception {
        String fields = run(
                TSHARK.toString(),
                "-r",
                pcap.toString(),
                "-d",
                "udp.port==" + port + ",capwap",
                "-T",
                "fields",
                "-E",
                "separator=|",
                "-e",
                "capwap.control.header.message_type",
                "-e",
                "capwap.control.header.sequence_number",
                "-e",
                "capwap.control.message_element.ac_name",
                "-e",
                "capwap.control.message_element.ac_descriptor.active_wtp",
                "-e",
                "capwap.control.message_element.ac_descriptor.max_wtp",
                "-e",
                "capwap.control.message_element.ac_information.vendor",
                "-e",
                "capwap.control.message_element.ac_information.type",
                "-e",
                "capwap.control.message_element.ac_information.value",
                "-e",
                "capwap.control.cisco.rad_name");
        List<String> rows = fields.lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows)
                .filteredOn(r -> r.startsWith("1|"))
                .isNotEmpty()
                .allMatch(r -> r.startsWith("1|42|") && r.endsWith("|AP0200.0000.0042"));
        // Cisco's AC Descriptor: hardware as type 0, software as type 1, four bytes each (17.9.4.27 = 11 09 04 1b)
        assertThat(rows)
                .filteredOn(r -> r.startsWith("2|"))
                .isNotEmpty()
                .allMatch(r -> r.startsWith("2|42|WLC-EWC|5|100|4232704,4232704|0,1|01000000,1109041b|"));
        String malformed = run(
                TSHARK.toString(),
                "-r",
                pcap.toString(),
                "-d",
                "udp.port==" + port + ",capwap",
                "-Y",
                "_ws.malformed || _ws.expert.severity >= warning");
        assertThat(malformed).as("malformed or warned packets").isBlank();
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /**
     * A Discovery Request with the elements RFC 5415 requires of an AP, as a Cisco AP fills them: vendor
     * 4232704 in the board data and descriptor sub-elements, versions as four bytes, the RAD Name element.
     */
    static byte[] discoveryRequest(int seq) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        byte[] cisco = ByteBuffer.allocate(4).putInt(0x409600).array();
        element(e, 20, new byte[] {1});
        element(e, 38, concat(cisco, sub(0, "C9105AXI-B"), sub(1, "FGL2401ABCD")));
        byte[] desc = concat(
                new byte[] {1, 1, 1, 1, 0, 0},
                cisco,
                sub(0, new byte[] {1, 0, 0, 0}),
                cisco,
                sub(1, new byte[] {17, 9, 4, 27}),
                cisco,
                sub(2, new byte[] {17, 9, 4, 27}));
        element(e, 39, desc);
        element(e, 41, new byte[] {0x04});
        element(e, 44, new byte[] {1});
        element(e, 1048, new byte[] {1, 0, 0, 0, 0x0d});
        element(e, 37, concat(cisco, new byte[] {0, 5}, "AP0200.0000.0042".getBytes(StandardCharsets.US_ASCII)));
        byte[] body = e.toByteArray();
        ByteBuffer p = ByteBuffer.allocate(16 + body.length);
        p.put(new byte[] {0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0});
        p.putInt(1)
                .put((byte) seq)
                .putShort((short) (2 + 1 + body.length)) // RFC 5415 4.5.1.3: the bytes after the Sequence Number
                .put((byte) 0)
                .put(body);
        return p.array();
    }

    private static byte[] sub(int type, byte[] b) {
        return concat(
                ByteBuffer.allocate(4)
                        .putShort((short) type)
                        .putShort((short) b.length)
                        .array(),
                b);
    }

    private static byte[] sub(int type, String v) {
        return sub(type, v.getBytes(StandardCharsets.US_ASCII));
    }

    private static void element(ByteArrayOutputStream out, int type, byte[] v) {
        out.writeBytes(ByteBuffer.allocate(4)
                .putShort((short) type)
                .putShort((short) v.length)
                .array());
        out.writeBytes(v);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] b : parts) {
            o.writeBytes(b);
        }
        return o.toByteArray();
    }
}
