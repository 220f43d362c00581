package org.ewcstation.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One voice: the bundles use the terms of {@code docs/i18n-glossary.md} and none of the variants it lists to
 * avoid; a reserved word appears only in the keys it belongs to. The glossary is read from the document itself,
 * so the document and the test cannot drift apart.
 */
class GlossaryTest {

    static final Path GLOSSARY = Path.of("..", "docs", "i18n-glossary.md");

    record Term(String concept, List<String> avoidEn, List<String> avoidJa) {}

    record Reserved(String word, Pattern keys) {}

    @Test
    void bundlesUseNoVariantTheGlossaryAvoids() throws IOException {
        List<Term> terms = terms(Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8));
        assertThat(terms).as("glossary terms").hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        check(BundleConsistencyTest.load("messages.properties"), terms, true, problems);
        check(BundleConsistencyTest.load("messages_ja.properties"), terms, false, problems);
        check(BundleConsistencyTest.load("cli.properties"), terms, true, problems);
        check(BundleConsistencyTest.load("cli_ja.properties"), terms, false, problems);
        assertThat(problems)
                .as("non-glossary variants (see docs/i18n-glossary.md)")
                .isEmpty();
    }

    @Test
    void reservedWordsStayWithTheirConcept() throws IOException {
        List<Reserved> reserved = reserved(Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8));
        assertThat(reserved).extracting(Reserved::word).contains("方式");
        List<String> problems = new ArrayList<>();
        BundleConsistencyTest.load("messages_ja.properties").forEach((key, value) -> {
            for (Reserved r : reserved) {
                if (value.contains(r.word()) && !r.keys().matcher(key).matches()) {
                    problems.add(key + " uses " + r.word() + ": " + value);
                }
            }
        });
        assertThat(problems).as("reserved words outside their keys").isEmpty();
    }

    @Test
    void aVariantIsCaught() {
        List<Term> terms = List.of(new Term("server", List.of(), List.of("サーバー")));
        List<String> problems = new ArrayList<>();
        check(Map.of("x.title", "イメージサーバー"), terms, false, problems);
        check(Map.of("y.title", "イメージサーバ"), terms, false, problems);
        assertThat(problems).hasSize(1).first().asString().contains("x.title");
        List<String> en = new ArrayList<>();
        check(
                Map.of("a", "this laptop''s address", "b", "a PCAP file"),
                List.of(new Term("computer", List.of("laptop", "PC"), List.of())),
                true,
                en);
        assertThat(en).hasSize(1).first().asString().contains("laptop");
    }

    static void check(Map<String, String> bundle, List<Term> terms, boolean english, List<String> problems) {
        bundle.forEach((key, value) -> {
            for (Term t : terms) {
                for (String variant : english ? t.avoidEn() : t.avoidJa()) {
                    if (variant(variant).matcher(value).find()) {
                        problems.add((english ? "en " : "ja ") + key + ": \"" + variant + "\" instead of the term for "
                                + t.concept());
                    }
                }
            }
        });
    }

    /** Latin words match whole words, case-insensitively; Japanese ones anywhere. */
    static Pattern variant(String v) {
        boolean latin = v.chars().allMatch(c -> c < 0x80);
        return latin
                ? Pattern.compile("(?<![A-Za-z])" + Pattern.quote(v) + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE)
                : Pattern.compile(Pattern.quote(v));
    }

    static List<Term> terms(List<String> lines) {
        return rows(lines, "## Terms").stream()
                .filter(c -> c.length >= 5)
                .map(c -> new Term(c[0], list(c[3]), list(c[4])))
                .toList();
    }

    static List<Reserved> reserved(List<String> lines) {
        return rows(lines, "## Reserved words").stream()
                .filter(c -> c.length >= 3)
                .map(c -> new Reserved(c[0], Pattern.compile(c[2].replace("`", ""))))
                .toList();
    }

    /** The body rows of the first table after {@code heading}, as trimmed cells. */
    private static List<String[]> rows(List<String> lines, String heading) {
        List<String[]> out = new ArrayList<>();
        int i = lines.indexOf(heading);
        assertThat(i).as("%s in %s", heading, GLOSSARY).isNotNegative();
        boolean inTable = false;
        for (String line : lines.subList(i + 1, lines.size())) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = Arrays.stream(
                            line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                    .map(String::strip)
                    .toArray(String[]::new);
            if (cells[0].equals("Concept") || cells[0].equals("Japanese") || cells[0].startsWith("---")) {
                continue;
            }
            out.add(cells);
        }
        return out;
    }

    private static List<String> list(String cell) {
        return cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }
}
