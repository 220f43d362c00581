package org.ewcstation.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both bundles must say the same things: same keys, same placeholders per key, no empty value, no
 * duplicate key. Failures print lines ready to paste into the bundle that lacks them.
 */
class BundleConsistencyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static Map<String, String> load(String file) throws IOException {
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/org/ewcstation/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> duplicates = new ArrayList<>();
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        duplicates.add(file + ": " + key);
                    }
                    return super.put(key, value);
                }
            };
            p.load(new InputStreamReader(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
            assertThat(duplicates).as("duplicate keys").isEmpty();
            Map<String, String> m = new TreeMap<>();
            p.forEach((k, v) -> m.put((String) k, (String) v));
            return m;
        }
    }

    @Test
    void sameKeysInBothLanguages() throws IOException {
        Map<String, String> en = load("messages.properties");
        Map<String, String> ja = load("messages_ja.properties");
        Set<String> missingJa = new TreeSet<>(en.keySet());
        missingJa.removeAll(ja.keySet());
        Set<String> missingEn = new TreeSet<>(ja.keySet());
        missingEn.removeAll(en.keySet());
        assertThat(missingJa)
                .as("add to messages_ja.properties:%n%s", paste(missingJa, en))
                .isEmpty();
        assertThat(missingEn)
                .as("add to messages.properties:%n%s", paste(missingEn, ja))
                .isEmpty();
    }

    /**
     * Cisco's own Japanese terms, as a Japanese network engineer reads them: サーバ, ユーザ, コントローラ, フォルダ
     * without the long-vowel mark, 再試行 rather than リトライ, プレダウンロード rather than プリダウンロード.
     */
    @Test
    void japaneseUsesCiscosTerms() throws IOException {
        Map<String, String> avoid = Map.of(
                "サーバー", "サーバ",
                "ユーザー", "ユーザ",
                "コントローラー", "コントローラ",
                "フォルダー", "フォルダ",
                "リトライ", "再試行",
                "プリダウンロード", "プレダウンロード");
        List<String> found = new ArrayList<>();
        load("messages_ja.properties")
                .forEach((key, text) -> avoid.forEach((word, term) -> {
                    if (text.contains(word)) {
                        found.add(key + ": " + word + " -> " + term);
                    }
                }));
        assertThat(found).as("Japanese terms to change").isEmpty();
    }

    /** The command line's help (read by picocli) says the same in both languages too. */
    @Test
    void helpBundlesHaveTheSameKeys() throws IOException {
        Map<String, String> en = load("cli.properties");
        Map<String, String> ja = load("cli_ja.properties");
        assertThat(ja.keySet()).isEqualTo(en.keySet());
        assertThat(ja.values()).noneMatch(String::isBlank);
    }

    @Test
    void samePlaceholdersAndNoEmptyValues() throws IOException {
        Map<String, String> en = load("messages.properties");
        Map<String, String> ja = load("messages_ja.properties");
        List<String> problems = new ArrayList<>();
        for (var e : en.entrySet()) {
            String jaValue = ja.get(e.getKey());
            if (e.getValue().isBlank()) {
                problems.add("empty English value: " + e.getKey());
            }
            if (jaValue == null) {
                continue;
            }
            if (jaValue.isBlank()) {
                problems.add("empty Japanese value: " + e.getKey());
            }
            if (!placeholders(e.getValue()).equals(placeholders(jaValue))) {
                problems.add(e.getKey() + ": en " + placeholders(e.getValue()) + " vs ja " + placeholders(jaValue));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyValueIsAValidMessageFormat() throws IOException {
        for (String file : List.of("messages.properties", "messages_ja.properties")) {
            load(file).forEach((k, v) -> {
                try {
                    new MessageFormat(v);
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(file + " " + k + ": " + e.getMessage(), e);
                }
                // A lone apostrophe would swallow text: MessageFormat needs ''.
                String stripped = v.replace("''", "");
                assertThat(stripped)
                        .as("%s %s has a lone apostrophe; write ''", file, k)
                        .doesNotContain("'");
            });
        }
    }

    @Test
    void accessorFormatsAndShowsMissingKeys() {
        Messages en = new Messages(Language.ENGLISH);
        Messages ja = new Messages(Language.JAPANESE);
        assertThat(en.text("status.server.running", "TFTP", "0.0.0.0:69")).isEqualTo("TFTP: running on 0.0.0.0:69");
        assertThat(ja.text("status.server.running", "TFTP", "0.0.0.0:69")).isEqualTo("TFTP: 稼働中 (0.0.0.0:69)");
        assertThat(en.text("log.empty")).contains("controller's syslog");
        assertThat(en.text("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(ja.text(Msg.of("aptable.counter.total", 12))).isEqualTo("合計 12");
    }

    @Test
    void aMessageInsideAMessageIsRenderedInTheSameLanguage() {
        Msg reason = Msg.of("report.reason.notFound");
        assertThat(new Messages(Language.ENGLISH)
                        .text("history.timeline.transfer.refused", "TFTP", "EWC/x/ap1g7", reason))
                .contains("EWC/x/ap1g7", "file not found")
                .doesNotContain("Msg[");
        assertThat(new Messages(Language.JAPANESE)
                        .text("history.timeline.transfer.refused", "TFTP", "EWC/x/ap1g7", reason))
                .contains("ファイルなし");
    }

    @Test
    void languageFromTags() {
        assertThat(Language.fromTag("ja-JP")).isEqualTo(Language.JAPANESE);
        assertThat(Language.fromTag("ja")).isEqualTo(Language.JAPANESE);
        assertThat(Language.fromTag("en-US")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag("fr")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromTag(null)).isEqualTo(Language.ENGLISH);
    }

    private static Set<String> placeholders(String v) {
        Set<String> s = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(v);
        while (m.find()) {
            s.add(m.group(1));
        }
        return s;
    }

    private static String paste(Set<String> keys, Map<String, String> from) {
        StringBuilder sb = new StringBuilder();
        keys.forEach(k -> sb.append(k).append('=').append(from.get(k)).append(System.lineSeparator()));
        return sb.toString();
    }
}
