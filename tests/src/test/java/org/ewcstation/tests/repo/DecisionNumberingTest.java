package org.ewcstation.tests.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The design notes in {@code docs/decisions/} are numbered 0001, 0002, ... without gaps or doubles: branches that
 * each add a note pick the same or a skipped number, and a reader following "see 0007" must find it.
 */
class DecisionNumberingTest {

    static final Pattern NAME = Pattern.compile("(\\d{4})-[a-z0-9-]+\\.md");

    @Test
    void designNotesAreNumberedWithoutGapsOrDoubles() throws IOException {
        Path dir = Path.of(System.getProperty("ewcstation.root", "..")).resolve("docs/decisions");
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names)
                .as("file names NNNN-title.md in " + dir)
                .allMatch(n -> NAME.matcher(n).matches());
        List<Integer> numbers = names.stream()
                .map(NAME::matcher)
                .filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1)))
                .toList();
        assertThat(numbers)
                .as("numbers of " + names)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }
}
