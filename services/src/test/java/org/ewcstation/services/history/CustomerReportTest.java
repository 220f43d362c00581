package org.ewcstation.services.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report a customer is handed: a verified run of 50 APs, stored in real SQLite, rendered as HTML and PDF. */
class CustomerReportTest {

    static final String OLD = "17.9.4.27";
    static final String NEW = "17.12.1.5";

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T20:29:00Z"));
    final ReportDetails details = new ReportDetails("大阪本社 <3F>", "ACME", "田中");

    /** 50 APs, each polled every 10 s through Initiated, Predownloading and Complete, then activated and verified. */
    RunReport verifiedRun() {
        try (Store store = Store.open(dir.resolve("store"))) {
            UpgradeHistory history = new UpgradeHistory(store, clock);
            RunRecorder r = history.start(HistoryFixtures.INFO);
            List<String> aps = IntStream.rangeClosed(1, 50)
                    .mapToObj(i -> "AP-%02d".formatted(i))
                    .toList();
            aps.forEach(ap -> r.ap(ap, "C9120AXI-B", OLD));
            for (String status : List.of("Initiated", "Predownloading", "Predownloading", "Complete", "Complete")) {
                clock.advance(Duration.ofSeconds(10));
                aps.forEach(ap -> r.apStatus(new ApObservation(ap, "C9120AXI-B", status, 0, clock.instant()), NEW));
            }
            r.mark("activating");
            clock.advance(Duration.ofMinutes(9));
            r.mark("rejoined");
            aps.forEach(ap -> r.afterActivation(ap, NEW));
            r.controllerAfter("17.12.1");
            r.mark("verified");
            r.finish(RunState.COMPLETED);
            return history.report(r.runId()).orElseThrow();
        }
    }

    @Test
    void theReportOpensWithWhatWasAchievedAndClosesWithTheSignOff() {
        RunReport report = verifiedRun();
        String en = new RunReportHtml(new Messages(Language.ENGLISH), ZoneOffset.UTC, clock).render(report);
        assertThat(en)
                .contains("<p class=\"summary\" id=\"summary\">Result: verified. 50 of 50 access points run 17.12.1.5"
                        + " after activation; the controller runs 17.12.1. No problem was found.</p>")
                .contains("<th>After activation</th>")
                .contains("<th>Controller release</th><td>From 17.9.4.27 to 17.12.1</td>")
                .contains("<th>Operator</th><th>Reviewer</th><th>Date</th>")
                .contains("counter(page)", "counter(pages)");
        assertThat(en.indexOf("id=\"summary\"")).isLessThan(en.indexOf("<table"));
        String ja = new RunReportHtml(new Messages(Language.JAPANESE), ZoneId.of("Asia/Tokyo"), clock)
                .render(report, Optional.of(details));
        assertThat(ja)
                .contains("作業結果: 検証済み。アクセスポイント 50 台中 50 台がアクティブ化後に 17.12.1.5 で動作し")
                .contains("<th>作業者</th><th>確認者</th><th>日付</th>")
                .contains("<td>田中</td>")
                .contains("<th>アクティブ化後</th>")
                .contains("\"\" counter(page) \" / \" counter(pages) \" ページ\"");
    }

    /** 250 stored status changes (50 APs × 3 statuses, the repeats not stored) are a handful of rows. */
    @Test
    void theTimelineShowsStatusChangesNotEveryPoll() {
        RunReport report = verifiedRun();
        assertThat(report.statusChanges()).hasSize(150);
        List<ReportTimeline.Row> rows = ReportTimeline.of(report);
        assertThat(rows.stream().filter(r -> r.markKey().isEmpty()))
                .extracting(ReportTimeline.Row::status)
                .containsExactly("Initiated", "Predownloading", "Complete");
        assertThat(rows)
                .filteredOn(r -> r.markKey().isEmpty())
                .allSatisfy(r -> assertThat(r.aps()).hasSize(50));
        assertThat(rows)
                .extracting(ReportTimeline.Row::markKey)
                .contains("report.mark.activating", "report.mark.rejoined", "report.mark.verified");
        String en = new RunReportHtml(new Messages(Language.ENGLISH), ZoneOffset.UTC, clock).render(report);
        String timeline = en.substring(en.indexOf("<h2>Timeline"));
        timeline = timeline.substring(0, timeline.indexOf("</table>"));
        assertThat(Pattern.compile("<tr").matcher(timeline).results().count()).isEqualTo(rows.size() + 1);
        assertThat(timeline).contains("AP-01, AP-02, AP-03, AP-04, AP-05, AP-06 and 44 more");
    }

    @Test
    void thePdfEmbedsTheJapaneseFontAndNumbersItsPages() throws Exception {
        Optional<Path> font = RunReportPdf.font(System.getenv());
        assumeThat(font)
                .as("no Japanese TrueType font here: apt-get install fonts-ipaexfont-gothic, or set "
                        + RunReportPdf.FONT_ENV)
                .isPresent();
        String ja = new RunReportHtml(new Messages(Language.JAPANESE), ZoneId.of("Asia/Tokyo"), clock)
                .render(verifiedRun(), Optional.of(details));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunReportPdf.write(ja, font.get(), out);
        // kept for a look (pdftoppm target/customer-report-ja.pdf); the build folder only
        Files.write(Path.of("target", "customer-report-ja.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isBetween(2, 5);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("作業結果: 検証済み")
                    .contains("大阪本社 <3F>")
                    .contains("作業者", "確認者", "日付")
                    .contains("1 / " + pages + " ページ")
                    .contains(pages + " / " + pages + " ページ");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(n));
                }
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void theFilesAreNamedBySiteAndDayAndThePdfIsWrittenBesideTheHtml() throws Exception {
        RunReport report = verifiedRun();
        String name = RunReportFiles.fileName(report.run(), Optional.of(details), ZoneId.of("Asia/Tokyo"));
        assertThat(name)
                .isEqualTo("ewc-report-大阪本社-3F-2026-02-02-run" + report.run().id() + ".html");
        assertThat(RunReportFiles.fileName(report.run(), Optional.empty(), ZoneOffset.UTC))
                .isEqualTo("ewc-report-9120-EWC-172.16.4.26-2026-02-01-run"
                        + report.run().id() + ".html");
        Path html = dir.resolve(name);
        List<Path> none = RunReportFiles.write(
                report, new Messages(Language.ENGLISH), ZoneOffset.UTC, html, Optional.empty(), Optional.empty());
        assertThat(none).extracting(p -> p.getFileName().toString()).noneMatch(n -> n.endsWith(".pdf"));
        Optional<Path> font = RunReportPdf.font(System.getenv());
        assumeThat(font).as("no Japanese TrueType font here").isPresent();
        List<Path> all = RunReportFiles.write(
                report, new Messages(Language.JAPANESE), ZoneOffset.UTC, html, Optional.of(details), font);
        assertThat(all).hasSize(4);
        assertThat(Files.readAllBytes(all.get(1))).startsWith("%PDF-".getBytes());
        assertThat(RunReportPdf.font(
                        Map.of(RunReportPdf.FONT_ENV, dir.resolve("none.ttf").toString())))
                .isEmpty();
    }
}
