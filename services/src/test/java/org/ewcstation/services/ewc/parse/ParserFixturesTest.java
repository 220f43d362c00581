package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.IosLogLine;
import org.ewcstation.services.ewc.testing.CliFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture of ours is parsed and compared with its {@code .expected.json}, written in the shape of our
 * own model (the whole tree, so a new or renamed field shows). A fixture of a command no parser claims fails
 * the test, so a new fixture cannot be forgotten.
 */
class ParserFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyFixtureParsesAsItsExpectedFileSays() throws IOException {
        List<String> txt;
        try (Stream<Path> s = Files.list(CliFixtures.folder())) {
            txt = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        // both show ap summary layouts, both kinds of show version, idle and failed pre-download, the log
        assertThat(txt).hasSizeGreaterThanOrEqualTo(8);
        return txt.stream().map(n -> DynamicTest.dynamicTest(n, () -> check(n)));
    }

    private static void check(String name) {
        String text = CliFixtures.text(name);
        JsonNode expected = CliFixtures.expected(name);
        String command = name.substring(0, name.indexOf("__"));
        switch (command) {
            case "show_ap_image" -> same(new ShowApImageParser().parse(text), expected);
            case "show_ap_summary" -> same(new ShowApSummaryParser().parse(text), expected);
            case "show_version" -> same(new ShowVersionParser().parse(text), expected);
            case "show_wireless_ewc-ap_predownload_status" -> same(new PredownloadStatusParser().parse(text), expected);
            case "show_logging" -> logging(text, expected);
            case "show_install_summary" -> installSummary(text, expected);
            case "install_add", "install_activate", "install_commit", "install_abort", "install_remove" ->
                assertThat(JSON.<JsonNode>valueToTree(new InstallOutput().read(text)))
                        .isEqualTo(expected);
            default -> throw new AssertionError("no parser claims fixture " + name + ": add one and map it here");
        }
    }

    private static void same(Parsed<?> parsed, JsonNode expected) {
        assertThat(parsed.problems()).isEmpty();
        assertThat(JSON.<JsonNode>valueToTree(parsed.value())).isEqualTo(expected);
    }

    /** The summary with its time before rollback as ISO-8601 text (a plain mapper has no java.time support). */
    private static void installSummary(String text, JsonNode expected) {
        Parsed<InstallSummary> parsed = new ShowInstallSummaryParser().parse(text);
        assertThat(parsed.problems()).isEmpty();
        InstallSummary s = parsed.value();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("packages", s.packages());
        view.put("autoAbortTimer", s.autoAbortTimer());
        view.put(
                "timeBeforeRollback",
                s.timeBeforeRollback() == null ? null : s.timeBeforeRollback().toString());
        JsonNode actual = JSON.valueToTree(view);
        if (Boolean.getBoolean("ewcstation.printFixtures")) {
            System.out.println("FIXTURE " + text.length() + " " + actual);
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static void logging(String text, JsonNode expected) {
        // only the buffer holds log lines; the header above "Log Buffer" is configuration, not messages
        String buffer = text.substring(text.indexOf('\n', text.indexOf("Log Buffer (")) + 1);
        Parsed<List<IosLogLine>> p = new IosLogParser().parse(buffer);
        List<String> parsed = p.value().stream().map(l -> l.raw().strip()).toList();
        List<String> unparsed = p.problems().stream().map(x -> x.line().strip()).toList();

        // every buffer line is accounted for, in order: the wrapped first fragment reported, the rest parsed
        assertThat(unparsed).containsExactlyElementsOf(strings(expected.get("unparsed")));
        List<String> together = new ArrayList<>(unparsed);
        together.addAll(parsed);
        assertThat(together).containsExactlyElementsOf(strings(expected.get("logs")));

        Map<String, Integer> events = new TreeMap<>();
        Map<String, Integer> bySeverity = new TreeMap<>();
        for (IosLogLine l : p.value()) {
            events.merge(l.event().kind().name(), 1, Integer::sum);
            bySeverity.merge(l.facility() + "-" + l.severity(), 1, Integer::sum);
        }
        assertThat(JSON.<JsonNode>valueToTree(events)).isEqualTo(expected.get("events"));
        assertThat(JSON.<JsonNode>valueToTree(bySeverity)).isEqualTo(expected.get("bySeverity"));
        assertThat(bySeverity).containsEntry("SYS-5", 2);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText().strip()));
        return out;
    }
}
