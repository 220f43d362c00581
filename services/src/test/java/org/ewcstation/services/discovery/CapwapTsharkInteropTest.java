package org.ewcstation.services.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.network.VirtualAp;
import org.ewcstation.testsupport.Peers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our Discovery Request and the simulator's Discovery Response, exchanged over real UDP on loopback, written
 * to a pcap and dissected by Wireshark's CAPWAP dissector (tshark): no malformed packet, no expert warning,
 * and the fields read back are the ones we meant (lengths, Cisco vendor ids, AP name, AC name and versions).
 */
@Tag("interop")
class CapwapTsharkInteropTest {

    private static final Path TSHARK = Path.of("/usr/bin/tshark");
    private static final byte[] MAC = {2, 0, 0, 0, 0x12, 0x34};

    @TempDir
    Path tmp;

    @Test
    void wiresharkReadsWhatWeMeant() throws Exception {
        Peers.require("tshark", TSHARK.toString());
        try (SimulatedEwc ewc = SimFixture.sim()
                        .capwapPort(0)
                        .hostname("EWC-TSHARK")
                        .aps(4)
                        .start();
                DatagramSocket ap = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            InetSocketAddress sim = new InetSocketAddress("127.0.0.1", ewc.capwapPort());
            byte[] request = CapwapCodec.discoveryRequest(77, MAC);
            ap.setSoTimeout(10_000);
            ap.send(new DatagramPacket(request, request.length, sim));
            DatagramPacket in = new DatagramPacket(new byte[4096], 4096);
            ap.receive(in);
            byte[] response = Arrays.copyOf(in.getData(), in.getLength());
            Path pcap = tmp.resolve("discovery.pcap");
            InetSocketAddress me = (InetSocketAddress) ap.getLocalSocketAddress();
            new UdpPcap().add(me, sim, request).add(sim, me, response).write(pcap);
            String software = ewc.aps().stream()
                    .filter(VirtualAp.Snapshot::hostsController)
                    .findFirst()
                    .orElseThrow()
                    .primary();
            check(pcap, ewc.capwapPort(), request.length, response.length, software);
        }
    }

    private void check(Path pcap, int port, int requestLength, int responseLength, String software) throws Exception {
        String decode = "udp.port==" + port + ",capwap";
        assertThat(tshark("-r", pcap.toString(), "-d", decode, "-Y", "_ws.malformed || _ws.expert.severity >= warning"))
                .as("malformed or warned packets")
                .isBlank();
        String verbose = tshark("-r", pcap.toString(), "-d", decode, "-V");
        assertThat(verbose)
                .contains("Message Type (Enterprise Specific): Discovery Request (1)")
                .contains("Message Type (Enterprise Specific): Discovery Response (2)")
                .contains("Message Element Length: " + (requestLength - 13))
                .contains("Message Element Length: " + (responseLength - 13))
                .contains("RAD (AP) Name: AP0200.0000.1234")
                .contains("AC Name: EWC-TSHARK");
        List<String[]> rows = fields(
                pcap,
                decode,
                "capwap.control.header.message_element_length",
                "capwap.message_element.length",
                "capwap.control.message_element.wtp_board_data.vendor",
                "capwap.control.message_element.wtp_descriptor.vendor",
                "capwap.control.message_element.vsp.vendor_identifier",
                "capwap.control.cisco.rad_name",
                "capwap.control.message_element.ac_name",
                "capwap.control.message_element.ac_information.vendor",
                "capwap.control.message_element.ac_information.type",
                "capwap.control.message_element.ac_information.value");
        assertThat(rows).hasSize(2);
        for (String[] r : rows) {
            // the header's length = every element's 4-byte type/length plus its value, plus 3 (§4.5.1.3)
            int sum = Arrays.stream(r[1].split(","))
                    .mapToInt(l -> Integer.parseInt(l) + 4)
                    .sum();
            assertThat(Integer.parseInt(r[0])).isEqualTo(sum + 3);
        }
        String[] req = rows.get(0);
        assertThat(req[0]).isEqualTo(String.valueOf(requestLength - 13));
        assertThat(req[2]).isEqualTo("4232704");
        assertThat(req[3]).isEqualTo("4232704,4232704,4232704");
        assertThat(req[4]).isEqualTo("4232704,4232704");
        assertThat(req[5]).isEqualTo("AP0200.0000.1234");
        String[] resp = rows.get(1);
        assertThat(resp[0]).isEqualTo(String.valueOf(responseLength - 13));
        assertThat(resp[6]).isEqualTo("EWC-TSHARK");
        assertThat(resp[7]).isEqualTo("4232704,4232704");
        assertThat(resp[8]).as("Cisco hardware then software").isEqualTo("0,1");
        assertThat(resp[9]).isEqualTo("01000000," + hex(software));
    }

    /** 17.9.4.27 as Cisco's four bytes in hex: 1109041b. */
    private static String hex(String dotted) {
        StringBuilder sb = new StringBuilder();
        for (String p : dotted.split("\\.")) {
            sb.append(String.format("%02x", Integer.parseInt(p)));
        }
        return sb.toString();
    }

    private List<String[]> fields(Path pcap, String decode, String... names) throws Exception {
        List<String> cmd =
                new ArrayList<>(List.of("-r", pcap.toString(), "-d", decode, "-T", "fields", "-E", "separator=|"));
        for (String n : names) {
            cmd.add("-e");
            cmd.add(n);
        }
        return tshark(cmd.toArray(String[]::new))
                .lines()
                .map(l -> l.split("\\|", -1))
                .toList();
    }

    private static String tshark(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(TSHARK.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("tshark " + cmd).isZero();
        return out;
    }
}
