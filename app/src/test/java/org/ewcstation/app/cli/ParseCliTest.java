package org.ewcstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse} on what technicians really save: terminal sessions with prompts, several commands and pager
 * remnants; human text in both languages, never a Java record's own text; a wrong kind named for what it is.
 */
class ParseCliTest {

    static final String IMAGE = """
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
            9120-EWC                          17.9.4.27              17.9.3.50               Complete             17.12.1.5            N/A               0             CAPWAP
             --More--         AP-LOBBY-2800                     17.9.4.27              17.9.3.50               Predownloading       17.12.1.5            N/A               0             SFTP
            """;

    static final String VERSION = """
            Cisco IOS XE Software, Version 17.09.04a
            Cisco IOS Software [Cupertino], C9800-AP Software (C9800-AP-K9_IOSXE-UNIVERSALK9-M), Version 17.9.4a, RELEASE SOFTWARE (fc3)

            9120-EWC uptime is 2 days, 3 hours, 11 minutes
            257008K bytes of AP Images at ap_images:.
            """;

    static final String SESSION = "9120-EWC#show ap image\n" + IMAGE + "9120-EWC#show version\n" + VERSION
            + "9120-EWC#show wireless ewc-ap predownload status\nPredownload Status : Predownloading\n"
            + "Predownload Error  : None\n9120-EWC#";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run parse(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "parse";
            System.arraycopy(args, 0, all, 1, args.length);
            int code = EwcStationCommand.commandLine().execute(all);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aSavedSessionIsReadCommandByCommandInPlainWords() throws Exception {
        Path f = file("session.log", SESSION);
        Run r = parse(f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("--- show ap image (line 2) ---")
                .contains("Access points: 2. Initiated 0, downloading 0, predownloading 1")
                .contains("A pre-download is in progress.")
                // a table: the controller's status words translated, the columns aligned
                .contains("9120-EWC       17.9.4.27      17.9.3.50     Complete             17.12.1.5")
                .contains("AP-LOBBY-2800  17.9.4.27      17.9.3.50     Pre-downloading      17.12.1.5")
                .contains("Version: 17.9.4a")
                .contains("This is an Embedded Wireless Controller (EWC).")
                .contains("Pre-download status: Predownloading. Error: None.")
                .doesNotContain("ApImageCounts[")
                .doesNotContain("VersionInfo[")
                .doesNotContain("--More--");
    }

    @Test
    void oneKindOutOfASessionAndItsJson() throws Exception {
        Path f = file("session.log", SESSION);
        Run r = parse("show-version", f.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode v = new ObjectMapper().readTree(r.out());
        assertThat(v.get("version").asText()).isEqualTo("17.9.4a");
        assertThat(v.get("ewc").asBoolean()).isTrue();
        Run ja = parse("show-ap-image", f.toString(), "--lang", "ja");
        assertThat(ja.out()).contains("アクセスポイント: 2 台").contains("プレダウンロードを実行中です。");
    }

    @Test
    void theWrongKindIsNamedForWhatTheTextIs() throws Exception {
        Path version = file("version.txt", VERSION);
        Run r = parse("show-ap-image", version.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("not \"show ap image\" output")
                .contains("looks like \"show version\" output")
                .contains("ewc-station parse show-version");
        Run ja = parse("show-ap-image", version.toString(), "--lang", "ja");
        assertThat(ja.err()).contains("「show version」の出力のようです");

        Path session = file("session.log", SESSION);
        Run missing = parse("show-ap-summary", session.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err())
                .contains("no \"show ap summary\" output")
                .contains("show ap image, show version, show wireless ewc-ap predownload status");
    }

    @Test
    void textThatIsNoOutputAtAllSaysSo() throws Exception {
        Run r = parse(file("notes.txt", "call the customer back\n").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("does not look like any output").contains("show-ap-image");
        Run unknown = parse("show-nonsense", file("x.txt", IMAGE).toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("show-nonsense").contains("show-predownload-status");
    }

    @Test
    void plainOutputWithTheKindNamedParsesAsBefore() throws Exception {
        Run r = parse("show-ap-image", file("image.txt", IMAGE).toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("totalAps").asInt()).isEqualTo(2);
        assertThat(j.get("aps")).hasSize(2);
    }

    @Test
    void anInstallSummaryInASavedSessionIsFoundAndReadAsJsonAndAsText() throws Exception {
        String session = "EWC#show install summary\n[ R0 ] Installed Package(s) Information:\n"
                + "State (St): I - Inactive, U - Activated & Uncommitted,\n"
                + "Type  St   Filename/Version\n"
                + "IMG   U    17.12.04.0.112\nIMG   C    17.09.05.0.47\n\n"
                + "Auto abort timer: active on install_activate, time before rollback - 05:59:40\nEWC#";
        Path f = file("summary.txt", session);
        Run json = parse(f.toString(), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertThat(j.get("packages").get(0).get("state").asText()).isEqualTo("UNCOMMITTED");
        assertThat(j.get("timeBeforeRollback").asText()).isEqualTo("05:59:40");

        Run text = parse("show-install-summary", f.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("activated, not committed (U)")
                .contains("rolls the activation back in 05:59:40");
        Run ja = parse("show-install-summary", f.toString(), "--lang", "ja");
        assertThat(ja.out()).contains("未コミット（U）").contains("05:59:40 後に");
    }
}
