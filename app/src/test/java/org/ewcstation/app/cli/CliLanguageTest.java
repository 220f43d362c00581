package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Units;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line speaks the user's language: --lang en|ja, else the system locale; help and errors too. */
class CliLanguageTest {

    static final Map<String, String> JA = Map.of("LANG", "ja_JP.UTF-8");
    static final Map<String, String> EN = Map.of("LANG", "en_US.UTF-8");

    record Run(int code, String out, String err) {}

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EwcStationCommand.commandLine(env, args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void languageFromTheFlagElseFromThePosixEnvironment() {
        assertThat(CliLanguage.fromEnvironment(JA)).isEqualTo(Language.JAPANESE);
        assertThat(CliLanguage.fromEnvironment(Map.of("LANG", "ja_JP.UTF-8", "LC_ALL", "C")))
                .isEqualTo(Language.ENGLISH);
        assertThat(CliLanguage.fromEnvironment(Map.of("LC_MESSAGES", "ja_JP.eucJP", "LANG", "en_US.UTF-8")))
                .isEqualTo(Language.JAPANESE);
        assertThat(CliLanguage.resolve(JA, "status", "--lang", "en")).isEqualTo(Language.ENGLISH);
        assertThat(CliLanguage.resolve(EN, "--lang=ja", "parse")).isEqualTo(Language.JAPANESE);
        assertThat(CliLanguage.resolve(JA, "--lang", "jp"))
                .as("a wrong value is not a choice")
                .isEqualTo(Language.JAPANESE);
    }

    @Test
    void helpInJapaneseUnderAJapaneseLocale() {
        Run r = run(JA, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("使い方:", "コマンド:", "アクセスポイント", "このヘルプを表示して終了します。");
        Run status = run(JA, "status", "--help");
        assertThat(status.out()).contains("コントローラのアクセスポイント一覧を表示します。", "コントローラのアドレス。");
        Run en = run(JA, "--lang", "en", "status", "--help");
        assertThat(en.out())
                .contains("Usage:", "Show the AP table of a controller.")
                .doesNotContain("使い方");
    }

    @Test
    void aWrongLanguageIsAUsageErrorInTheUsersLanguage() {
        Run jp = run(EN, "--lang", "jp", "parse", "show-version", "x.txt");
        assertThat(jp.code()).isEqualTo(2);
        assertThat(jp.err()).contains("--lang takes en or ja, not “jp”.", "--help");
        Run ja = run(JA, "parse", "--lang", "fr", "show-version", "x.txt");
        assertThat(ja.code()).isEqualTo(2);
        assertThat(ja.err()).contains("--lang には en または ja を指定してください (「fr」は使えません)。");
    }

    @Test
    void usageErrorsAreTranslated() {
        Run unknown = run(JA, "--no-such-option");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("不明なオプションまたは引数です: --no-such-option", "ewc-station --help");
        Run missing = run(JA, "status");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("指定が必要です:", "--host", "ewc-station status --help");
    }

    @Test
    void japaneseColumnsLineUpByDisplayWidth() {
        assertThat(TextTable.width("完了")).isEqualTo(4);
        assertThat(TextTable.width("AP-1")).isEqualTo(4);
        assertThat(TextTable.width("ｱ")).as("halfwidth katakana").isEqualTo(1);
        String table = TextTable.render(List.of(
                new String[] {"AP 名", "状態", "進捗"},
                new String[] {"AP-9120-EWC", "プレダウンロード中", "42%"},
                new String[] {"AP-2", "完了", "100%"}));
        List<String> lines = table.lines().toList();
        // the third column starts at the same terminal cell on every line
        List<Integer> starts = lines.stream()
                .map(l -> TextTable.width(l.substring(0, l.lastIndexOf("  ") + 2)))
                .toList();
        assertThat(starts).containsOnly(starts.getFirst());
        assertThat(starts.getFirst()).isEqualTo(11 + 2 + 18 + 2);
    }

    @Test
    void parseOutputUnderAJapaneseLocaleIsJapaneseAndAligned() throws Exception {
        Path sample = Files.createTempFile("show-ap-image", ".txt");
        Files.writeString(sample, SAMPLE);
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(JA, "parse", "show-ap-image", sample.toString()).code())
                    .isZero();
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains("アクセスポイント: 2 台", "AP 名", "プレダウンロード状態", "完了", "プレダウンロード中")
                .doesNotContain("Complete", "Predownloading");
        List<String> rows = out.lines().skip(1).toList();
        int col = TextTable.width(rows.get(1).substring(0, rows.get(1).indexOf("17.9.4.27")));
        assertThat(rows.subList(1, 3))
                .allSatisfy(r -> assertThat(TextTable.width(r.substring(0, r.indexOf("17.9.4.27"))))
                        .isEqualTo(col));
    }

    @Test
    void durationsAsPeopleWriteThem() {
        assertThat(Units.human(Duration.ofSeconds(3))).isEqualTo("3s");
        assertThat(Units.human(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(Units.human(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Units.parseHuman("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Units.parseHuman("PT3S")).isEqualTo(Duration.ofSeconds(3));
        assertThat(Units.parseHuman("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(run(EN, "upgrade", "--help").out())
                .contains("default 3s", "default 2h")
                .doesNotContain("PT3S");
        Run bad = run(EN, "upgrade", "--host", "h", "--user", "u", "--interval", "soon");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("Invalid value for --interval: “soon”.");
    }

    static final String SAMPLE = """
            Total number of APs  : 2

            Number of APs
                    Initiated                  : 0
                    Downloading                : 0
                    Predownloading             : 1
                    Completed downloading      : 0
                    Completed predownloading   : 1
                    Not Supported              : 0
                    Failed to Predownload      : 0
                    Predownload in progress    : Yes

            AP Name                           Primary Image          Backup Image            Predownload Status   Predownload Version  Next Retry Time   Retry Count   Method
            ------------------------------------------------------------------------------------------------------------------------------------------------------------------
            AP-9120-EWC                       17.9.4.27              17.12.1.5               Complete             17.12.1.5            N/A               0             CAPWAP
            AP-2802-HALL                      17.9.4.27              17.9.3.50               Predownloading       17.12.1.5            N/A               0             CAPWAP
            """;
}
