package org.ewcstation.tests.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code or an FXML file names exists, and every key in the bundles is used by something (a
 * literal key, or a literal prefix ending in '.' that code completes with an enum name).
 */
class I18nUsageTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.?)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    static Set<String> keys;
    static Set<String> families;
    static Set<String> literals = new HashSet<>();
    static Set<String> fxmlKeys = new HashSet<>();

    @BeforeAll
    static void scan() throws IOException {
        keys = new Messages(Language.ENGLISH).keys();
        families = new HashSet<>();
        keys.forEach(k -> families.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Path root = Path.of(System.getProperty("ewcstation.root", ".."));
        for (String module : List.of("i18n", "embedded-servers", "services", "simulator", "views", "app")) {
            Path src = root.resolve(module).resolve("src/main");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".java")) {
                        Matcher m = LITERAL.matcher(Files.readString(f));
                        while (m.find()) {
                            literals.add(m.group(1));
                        }
                    } else if (name.endsWith(".fxml")) {
                        Matcher m = FXML_KEY.matcher(Files.readString(f));
                        while (m.find()) {
                            fxmlKeys.add(m.group(1));
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyKeyNamedInCodeOrFxmlExists() {
        Set<String> missing = new TreeSet<>();
        for (String l : literals) {
            boolean looksLikeKey = l.contains(".") && families.contains(l.substring(0, l.indexOf('.')));
            if (looksLikeKey && !l.endsWith(".") && !keys.contains(l)) {
                missing.add(l);
            }
            if (l.endsWith(".") && looksLikeKey && keys.stream().noneMatch(k -> k.startsWith(l))) {
                missing.add(l + "*");
            }
        }
        fxmlKeys.stream().filter(k -> !keys.contains(k)).forEach(missing::add);
        assertThat(missing).as("keys used but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> unused = new TreeSet<>();
        for (String k : keys) {
            boolean used = literals.contains(k)
                    || fxmlKeys.contains(k)
                    || literals.stream().anyMatch(l -> l.endsWith(".") && k.startsWith(l));
            if (!used) {
                unused.add(k);
            }
        }
        assertThat(unused).as("keys no code uses; remove them or use them").isEmpty();
    }
}
