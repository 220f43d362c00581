package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.ewcstation.services.ewc.model.ApSummaryEntry;
import org.junit.jupiter.api.Test;

class ShowApSummaryParserTest {

    private final ShowApSummaryParser parser = new ShowApSummaryParser();

    @Test
    void newLayoutWithRepeatedHeaderLongNameAndIpv6() {
        String header =
                "AP Name                          Slots AP Model             Ethernet MAC   Radio MAC      CC   RD   "
                        + "IP Address                                State        Location";
        String text =
                "Number of APs: 3\n\nCC = Country Code\nRD = Regulatory Domain\n\n" + header + "\n" + "-".repeat(160)
                        + "\nAP-THIS-NAME-IS-LONGER-THAN-ITS-COLUMN 2 C9115AXI-B 0011.2233.4455 0011.2233.6600 JP   -Q   "
                        + "2001:db8::10 Registered   Floor 3 east\n" + header + "\n" + "-".repeat(160)
                        + "\nAP2                              3     C9130AXI-Q           0011.2233.4466 0011.2233.7700 JP   -Q   "
                        + "192.0.2.7                                 Downloading  default location\n"
                        + "AP3                              2     CW9166I-Q            0011.2233.4477 0011.2233.8800 JP   -Q   "
                        + "192.0.2.8                                 Registered";
        var p = parser.parse(text);
        assertThat(p.problems()).isEmpty();
        assertThat(p.value().aps())
                .extracting(ApSummaryEntry::name)
                .containsExactly("AP-THIS-NAME-IS-LONGER-THAN-ITS-COLUMN", "AP2", "AP3");
        ApSummaryEntry a = p.value().aps().getFirst();
        assertThat(a.ipAddress()).isEqualTo("2001:db8::10");
        assertThat(a.location()).isEqualTo("Floor 3 east");
        assertThat(a.regulatoryDomain()).isEqualTo("-Q");
        assertThat(p.value().aps().get(1).state()).isEqualTo("Downloading");
        assertThat(p.value().aps().get(2).location()).isNull();
        assertThat(p.value().aps().get(1).slots()).isEqualTo(3);
    }

    @Test
    void oldLayoutHasNoRegulatoryDomainAndAMultiWordLocation() {
        String text = """
        Number of APs: 2

        AP Name                            Slots    AP Model  Ethernet MAC    Radio MAC       Location                          Country     IP Address                                 State
        -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
        ap-lobby                            2      9120AXI   0000.0000.000a  000a.000a.0000  Main lobby near door              JP          10.0.0.5                            Registered
        ap-2                                2      1815I     0000.0000.000b  000a.000a.0001  default location                  JP          fe80::1                             Registered
        """;
        var p = parser.parse(text);
        assertThat(p.problems()).isEmpty();
        assertThat(p.value().aps()).hasSize(2);
        assertThat(p.value().aps().get(0).location()).isEqualTo("Main lobby near door");
        assertThat(p.value().aps().get(0).regulatoryDomain()).isNull();
        assertThat(p.value().aps().get(1).ipAddress()).isEqualTo("fe80::1");
        assertThat(p.value().aps().get(1).countryCode()).isEqualTo("JP");
    }

    @Test
    void garbageRowsAreReported() {
        String text = "AP Name  Slots AP Model Ethernet MAC Radio MAC CC RD IP Address State Location\n"
                + "AP1 2 C9120AXI-B 0011.2233.4455 0011.2233.6600 JP -Q 10.0.0.1 Registered x\nweird line here\n";
        var p = parser.parse(text);
        assertThat(p.value().aps()).hasSize(1);
        assertThat(p.problems()).singleElement().extracting(ParseProblem::line).isEqualTo("weird line here");
    }

    @Test
    void aHundredAps() {
        StringBuilder sb =
                new StringBuilder("AP Name Slots AP Model Ethernet MAC Radio MAC CC RD IP Address State Location\n");
        for (int i = 0; i < 120; i++) {
            sb.append(String.format(
                    "AP%03d  2  C9120AXI-B  0011.2233.%04x  00aa.2233.%04x  US  -B  10.0.%d.%d  Registered  "
                            + "default location%n",
                    i, i, i, i / 250, i % 250 + 1));
        }
        var p = parser.parse(sb.toString());
        assertThat(p.problems()).isEmpty();
        assertThat(p.value().aps()).hasSize(120);
        assertThat(p.value().aps().get(119).ethernetMac()).isEqualTo("0011.2233.0077");
    }
}
