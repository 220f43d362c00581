package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.model.ApSummaryEntry;
import org.ewcstation.services.ewc.model.IosLogLine;
import org.ewcstation.services.ewc.model.LogEvent;
import org.ewcstation.services.ewc.model.PredownloadState;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.testing.PublicSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The extra cross-check on public controller output: every file in {@code ../shared/samples} is parsed and
 * checked against its {@code .expected.json} (each in the key names of the project it was taken from). Runs
 * only when that folder sits beside the checkout, and is reported as skipped ("../shared/samples not found")
 * when it does not; {@link ParserFixturesTest} covers the same parsers on the project's own fixtures. A
 * sample of a command no parser claims fails the test, so a new sample cannot be forgotten.
 */
class PublicSamplesCrossCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path samples;

    @BeforeAll
    static void publicSamplesBesideTheCheckout() {
        samples = PublicSamples.dir();
    }

    @TestFactory
    Stream<DynamicTest> everySampleParsesAsItsSourceExpects() throws IOException {
        List<Path> txt;
        try (Stream<Path> s = Files.list(samples)) {
            txt = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        assertThat(txt).isNotEmpty();
        return txt.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path txt) throws IOException {
        String name = txt.getFileName().toString();
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        JsonNode expected = JSON.readTree(
                txt.resolveSibling(name.replace(".txt", ".expected.json")).toFile());
        String command = name.substring(0, name.indexOf("__"));
        switch (command) {
            case "show_ap_image" -> apImage(text, expected);
            case "show_ap_summary" -> apSummary(text, expected);
            case "show_version" -> version(text, expected);
            case "show_wireless_ewc-ap_predownload_status" -> predownload(text, expected);
            case "show_logging" -> logging(text, expected);
            default -> throw new AssertionError("no parser claims sample " + name + ": add one and map it here");
        }
    }

    private static void apImage(String text, JsonNode expected) {
        Parsed<ApImageReport> p = new ShowApImageParser().parse(text);
        assertThat(p.problems()).isEmpty();
        // our own shape is the shape of this expected file: compare the whole tree
        JsonNode actual = JSON.valueToTree(p.value());
        assertThat(actual).isEqualTo(expected);
    }

    private static void apSummary(String text, JsonNode expected) {
        var p = new ShowApSummaryParser().parse(text);
        assertThat(p.problems()).isEmpty();
        List<ApSummaryEntry> aps = p.value().aps();
        if (expected.has("ap_name")) { // genieparser: map by name
            assertThat(aps).hasSize(expected.get("ap_neighbor_count").asInt());
            for (ApSummaryEntry e : aps) {
                JsonNode x = expected.get("ap_name").get(e.name());
                assertThat(x).as(e.name()).isNotNull();
                assertThat(e.slots()).isEqualTo(x.get("slots_count").asInt());
                assertThat(e.model()).isEqualTo(x.get("ap_model").asText());
                assertThat(e.ethernetMac()).isEqualTo(x.get("ethernet_mac").asText());
                assertThat(e.radioMac()).isEqualTo(x.get("radio_mac").asText());
                assertThat(e.countryCode()).isEqualTo(x.get("country").asText());
                assertThat(e.regulatoryDomain())
                        .isEqualTo(x.get("regulatory_domain").asText());
                assertThat(e.ipAddress()).isEqualTo(x.get("ap_ip_address").asText());
                assertThat(e.state()).isEqualTo(x.get("state").asText());
                assertThat(e.location()).isEqualTo(x.get("location").asText());
            }
        } else { // ntc-templates: a list, empty string for a missing field
            JsonNode list = expected.get("parsed_sample");
            assertThat(aps).hasSize(list.size());
            for (int i = 0; i < aps.size(); i++) {
                ApSummaryEntry e = aps.get(i);
                JsonNode x = list.get(i);
                assertThat(e.name()).isEqualTo(x.get("ap_name").asText());
                assertThat(String.valueOf(e.slots())).isEqualTo(x.get("slot").asText());
                assertThat(e.model()).isEqualTo(x.get("ap_model").asText());
                assertThat(e.ethernetMac()).isEqualTo(x.get("mac_address").asText());
                assertThat(e.radioMac()).isEqualTo(x.get("radio_mac").asText());
                assertThat(e.countryCode()).isEqualTo(x.get("country").asText());
                assertThat(nullToEmpty(e.regulatoryDomain()))
                        .isEqualTo(x.get("regulatory_domain").asText());
                assertThat(e.ipAddress()).isEqualTo(x.get("ip_address").asText());
                assertThat(e.state()).isEqualTo(x.get("state").asText());
                assertThat(e.location()).isEqualTo(x.get("location").asText());
            }
        }
    }

    private static void version(String text, JsonNode expected) {
        Parsed<VersionInfo> p = new ShowVersionParser().parse(text);
        assertThat(p.problems()).isEmpty();
        JsonNode v = expected.get("version");
        assertThat(p.value().hostname()).isEqualTo(v.get("hostname").asText());
        assertThat(p.value().version()).isEqualTo(v.get("version").asText());
        assertThat(p.value().platform()).isEqualTo(v.get("platform").asText());
        assertThat(p.value().uptime()).isEqualTo(v.get("uptime").asText());
        // an EWC runs C9800-AP software; anything else (9800-CL, appliance) is not one
        assertThat(p.value().ewc()).isEqualTo(v.get("image_id").asText().startsWith("C9800-AP"));
        // real controllers never print the lab's port line: their APs fetch from 69
        assertThat(p.value().tftpPort()).isEqualTo(69);
        if (v.has("serial")) {
            assertThat(p.value().serial()).isEqualTo(v.get("serial").get(0).asText());
        }
    }

    private static void predownload(String text, JsonNode expected) {
        Parsed<PredownloadState> p = new PredownloadStatusParser().parse(text);
        assertThat(p.problems()).isEmpty();
        assertThat(p.value().status())
                .isEqualTo(expected.get("predownload_status").asText());
        assertThat(p.value().error())
                .isEqualTo(expected.get("predownload_error").asText());
    }

    private static void logging(String text, JsonNode expected) {
        // only the buffer holds log lines; the header above "Log Buffer" is configuration, not messages
        String buffer = text.substring(text.indexOf('\n', text.indexOf("Log Buffer (")) + 1);
        Parsed<List<IosLogLine>> p = new IosLogParser().parse(buffer);
        List<String> parsed =
                new ArrayList<>(p.value().stream().map(l -> l.raw().strip()).toList());
        List<String> unparsed = p.problems().stream().map(x -> x.line().strip()).toList();
        List<String> all = new ArrayList<>();
        for (Iterator<JsonNode> it = expected.get("logs").elements(); it.hasNext(); ) {
            all.add(it.next().asText().strip());
        }
        // every expected line is accounted for: parsed, or (the wrapped buffer's first fragment) reported
        assertThat(unparsed).allMatch(l -> !l.matches("^[A-Z][a-z]{2} .*"));
        List<String> together = new ArrayList<>(unparsed);
        together.addAll(parsed);
        assertThat(together).containsExactlyInAnyOrderElementsOf(all);
        assertThat(unparsed).hasSize(1).first().asString().startsWith("OIN_DISJOIN");
        long joins = p.value().stream()
                .filter(l -> l.event().kind() == LogEvent.Kind.AP_JOINED)
                .count();
        assertThat(joins)
                .isEqualTo(all.stream()
                        .filter(l -> l.contains("AP_JOIN_DISJOIN") && l.endsWith("Joined"))
                        .count());
        Map<String, Long> bySeverity = new TreeMap<>();
        p.value().forEach(l -> bySeverity.merge(l.facility() + "-" + l.severity(), 1L, Long::sum));
        assertThat(bySeverity).containsEntry("SYS-5", 2L);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
