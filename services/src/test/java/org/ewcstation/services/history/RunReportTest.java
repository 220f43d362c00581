package org.ewcstation.services.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.MessageKeys;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stored in a real SQLite file, read back and rendered in both languages. */
class RunReportTest {

    @TempDir
    Path dir;

    final Instant t0 = Instant.parse("2026-02-01T20:29:00Z");
    final Clock clock = Clock.fixed(t0.plusSeconds(600), ZoneOffset.UTC);

    RunReport storedRun() {
        try (Store store = Store.open(dir)) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            RunRecorder r = history.start(HistoryFixtures.INFO);
            HistoryFixtures.writeSome(r, t0);
            // what a customer may type as an AP name, and a path with markup, must come out as text
            r.ap("<script>alert(1)</script>", "C9120AXI-B", "17.9.4.27");
            r.apStatus(
                    new ApObservation("<script>alert(1)</script>", "C9120AXI-B", "Complete", 0, t0.plusSeconds(30)),
                    "17.12.1.5");
            r.onDiagnosis(Diagnosis.of(
                    DiagnosisCode.WRONG_PATH, t0.plusSeconds(31), "path:x", "/a<b>&\"c'", "/EWC/17_12_1/ap1g6"));
            r.finish(RunState.FAILED);
            return history.report(r.runId()).orElseThrow();
        }
    }

    @Test
    void theStoredRunComesBackWhole() {
        RunReport report = storedRun();
        assertThat(report.run().state()).isEqualTo(RunState.FAILED);
        assertThat(report.run().bundleVersion()).isEqualTo("17.12.1.5");
        assertThat(report.aps())
                .extracting(RunReport.ApLine::name)
                .containsExactly("9105-emorenoa", "<script>alert(1)</script>", "AP-POD-2-2");
        RunReport.ApLine pod = report.aps().get(2);
        assertThat(pod.fromVersion()).isEqualTo("17.9.4.27");
        assertThat(pod.lastVersion()).isEqualTo("17.12.1.5");
        assertThat(pod.lastStatus()).isEqualTo("Predownloading");
        assertThat(report.aps().getFirst().maxRetries()).isEqualTo(2);
        RunReport.TransferRecord done = report.transfers().getFirst();
        assertThat(done.bytes()).isEqualTo(50_000_000);
        assertThat(done.durationMs()).isEqualTo(10_000);
        assertThat(done.bytesPerSecond()).isEqualTo(5_000_000.0);
        assertThat(done.peer()).isEqualTo("172.16.4.26:50123");
        assertThat(report.transfers().getLast().reason()).isEqualTo("NOT_FOUND");
        assertThat(report.diagnoses()).hasSize(3);
        report.diagnoses().forEach(d -> {
            MessageKeys.assertRenders(d.message());
            MessageKeys.assertRenders(d.action());
        });
    }

    @Test
    void htmlIsSelfContainedEscapedAndInTheChosenLanguage() {
        RunReport report = storedRun();
        String en = new RunReportHtml(new Messages(Language.ENGLISH), ZoneId.of("UTC"), clock).render(report);
        String ja = new RunReportHtml(new Messages(Language.JAPANESE), ZoneId.of("Asia/Tokyo"), clock).render(report);
        for (String html : new String[] {en, ja}) {
            assertThat(html)
                    .startsWith("<!DOCTYPE html>")
                    .contains("<style>")
                    .doesNotContain("<script")
                    .doesNotContain("<link")
                    .doesNotContain("src=")
                    .doesNotContain("href=")
                    .doesNotContain("url(")
                    .doesNotContain("@import")
                    .doesNotContainPattern("![a-z]+\\.[a-zA-Z.]+!");
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("/a&lt;b&gt;&amp;&quot;c&#39;");
        }
        assertThat(en)
                .contains(" lang=\"en\">")
                .contains("From 17.9.4.27 to 17.12.1.5")
                .contains("What failed and why")
                .contains("Wrong image path")
                .contains("50,000,000 B")
                .contains("5.0 MB/s")
                .contains("file not found")
                .contains("2026-02-01 20:29:11 +00:00")
                .contains("3 in total: 1 complete, 1 failed, 1 other")
                .contains("<td>Error</td>");
        assertThat(ja)
                .contains(" lang=\"ja\">")
                .contains("17.9.4.27 から 17.12.1.5 へ")
                .contains("発生した問題と原因")
                .contains("イメージパスの誤り")
                .contains("プレダウンロード")
                .contains("アクセスポイント")
                .contains("2026-02-02 05:29:11 +09:00")
                .contains("合計 3 台: 完了 1 台、失敗 1 台、その他 1 台");
    }

    /** The head names the site, customer and technician, and the two kinds of version each on its own row. */
    @Test
    void theHeadNamesWhereForWhomAndByWhomAndEachKindOfVersion() {
        String html = new RunReportHtml(new Messages(Language.ENGLISH), ZoneId.of("UTC"), clock)
                .render(storedRun(), Optional.of(new ReportDetails("Osaka <HQ>", "ACME", "T. Tanaka")));
        assertThat(html)
                .contains("<th>Site</th><td>Osaka &lt;HQ&gt;</td>", "<th>Customer</th><td>ACME</td>")
                .contains("<th>Technician</th><td>T. Tanaka</td>")
                .contains("<th>Controller release</th>", "<th>AP image version</th>");
        assertThat(new RunReportHtml(new Messages(Language.ENGLISH), ZoneId.of("UTC"), clock).render(storedRun()))
                .doesNotContain("<th>Site</th>");
    }

    @Test
    void theControllerIsNamedByWhatItSaidOfItselfWithItsAddressBeside() {
        RunReport report;
        try (Store store = Store.open(dir)) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            RunInfo info = new RunInfo(
                    "172.16.4.26:22",
                    "17.9.4.27",
                    "/EWC/17_12_1",
                    "17.12.1.5",
                    Protocol.TFTP,
                    "172.16.5.27",
                    new ControllerIdentity("WLC-Osaka<1>", "C9130AXI-B", "FGL2351ABCD"));
            RunRecorder r = history.start(info);
            r.ap("AP-1", "C9120AXI-B", "17.9.4.27");
            r.finish(RunState.COMPLETED);
            report = history.report(r.runId()).orElseThrow();
        }
        String en = new RunReportHtml(new Messages(Language.ENGLISH), ZoneId.of("UTC"), clock).render(report);
        assertThat(en)
                .contains("<title>Access point upgrade report: WLC-Osaka&lt;1&gt;</title>")
                .contains("<th>Controller</th><td>WLC-Osaka&lt;1&gt;</td>")
                .contains("<th>Controller model</th><td>C9130AXI-B</td>")
                .contains("<th>Serial number</th><td>FGL2351ABCD</td>")
                .contains("<th>Controller address</th><td>172.16.4.26:22</td>");
        String ja = new RunReportHtml(new Messages(Language.JAPANESE), ZoneId.of("UTC"), clock).render(report);
        assertThat(ja).contains("<th>シリアル番号</th><td>FGL2351ABCD</td>", "<th>コントローラのモデル</th>");
        assertThat(new RunReportCsv(new Messages(Language.ENGLISH), ZoneId.of("UTC")).aps(report))
                .contains("\"WLC-Osaka<1> (C9130AXI-B, FGL2351ABCD) · 172.16.4.26:22\",AP-1,C9120AXI-B");
        // a run recorded before identities were kept reads back as unknown, named by its address alone
        assertThat(storedRun().run().controllerLabel()).isEqualTo("9120-EWC (172.16.4.26)");
    }

    @Test
    void csvQuotesAndDisarmsFormulas() {
        RunReport report = storedRun();
        RunReportCsv csv = new RunReportCsv(new Messages(Language.JAPANESE), ZoneId.of("UTC"));
        String aps = csv.aps(report);
        assertThat(aps).startsWith(RunReportCsv.BOM + "コントローラ,アクセスポイント,モデル");
        assertThat(aps).contains("\"9120-EWC (172.16.4.26)\"".replace("\"", "")); // no comma: unquoted
        assertThat(aps.split("\r\n")).hasSize(4);
        String transfers = new RunReportCsv(new Messages(Language.ENGLISH), ZoneId.of("UTC")).transfers(report);
        assertThat(transfers)
                .contains(
                        "2026-02-01 20:29:11,172.16.4.26:50123,/EWC/17_12_1/ap1g7,50000000,10000,5000000,COMPLETED,\r\n");
        assertThat(RunReportCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(RunReportCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(RunReportCsv.cell("AP-POD-2-2")).isEqualTo("AP-POD-2-2");
    }
}
