package org.ewcstation.services.history;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.history.RunReport.ApLine;

/**
 * A self-contained report of one run for the customer: a summary sentence first, the facts, each AP before and
 * after, what failed and why, the transfers, a condensed timeline and a sign-off area. Inline CSS, no script, no
 * external resource, every value escaped, every word from the bundles of the chosen language (diagnoses re-rendered
 * from their stored codes). Well-formed XHTML, so {@link RunReportPdf} renders the same page with page numbers.
 */
public final class RunReportHtml {

    /** The family name the PDF renderer registers the Japanese font under; browsers skip it. */
    static final String PDF_FONT = "EWC Report";

    private static final String CSS = """
      body{font-family:"%s",system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Yu Gothic",\
      Meiryo,sans-serif;margin:2em;color:#1b1f23}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;\
      border-bottom:1px solid #ccd}table{border-collapse:collapse;width:100%%;font-size:.9em}\
      th,td{border:1px solid #ccd;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eef1f6}\
      thead{display:table-header-group}tr{page-break-inside:avoid}.summary{font-size:1.05em;padding:.6em .8em;\
      border-left:4px solid #4a6fa5;background:#f4f7fb}.error{color:#a40000}.warning{color:#8a5a00}\
      .ok{color:#1a6b1a}.muted{color:#666}.signoff td{height:3.2em}.aps{font-size:.8em}\
      .aps td+td,.timeline td:first-child{white-space:nowrap}\
      @page{size:A4;margin:16mm 14mm 18mm 14mm;@bottom-right{content:%s;font-family:"%s",sans-serif;\
      font-size:9pt;color:#666}}@media print{body{margin:0}}""";

    private final Messages messages;
    private final DateTimeFormatter time;
    private final Clock clock;

    /** {@code zone}: the technician's time zone, for every time shown; {@code clock}: for "generated at". */
    public RunReportHtml(Messages messages, ZoneId zone, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT)
                .withZone(zone);
    }

    public String render(RunReport r) {
        return render(r, Optional.empty());
    }

    /** The report with the site, customer and technician the technician entered at export. */
    public String render(RunReport r, Optional<ReportDetails> details) {
        ReportWriter w = new ReportWriter(messages, time);
        head(w, r.run());
        summary(w, r);
        facts(w, r, details);
        ReportSections.aps(w, r);
        ReportSections.problems(w, r);
        ReportSections.transfers(w, r);
        ReportSections.timeline(w, r);
        signOff(w, details);
        w.raw("<p class=\"muted\">")
                .text(w.t("report.footer", time.format(clock.instant())))
                .raw("</p>\n</body>\n</html>\n");
        return w.toString();
    }

    private void head(ReportWriter w, RunSummary run) {
        String title = w.t("report.title", title(run));
        w.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .raw(messages.language().tag())
                .raw("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .text(title)
                .raw("</title>\n<style>")
                .raw(CSS.formatted(PDF_FONT, pageNumbers(w), PDF_FONT))
                .raw("</style>\n</head>\n<body>\n<h1>")
                .text(title)
                .raw("</h1>\n");
    }

    /** "Page 1 of 3" as CSS content: the translated words around the page counters. */
    private static String pageNumbers(ReportWriter w) {
        // private-use markers: arguments pass through the terminal-safe filter, which makes control characters visible
        String text = w.t("report.page", "\ue000", "\ue001");
        String[] parts = text.split("[\ue000\ue001]", -1);
        if (parts.length != 3) {
            return "counter(page) \" / \" counter(pages)"; // a translation without both numbers
        }
        int first = text.indexOf('\ue000');
        int second = text.indexOf('\ue001');
        String a = first < second ? "counter(page)" : "counter(pages)";
        String b = first < second ? "counter(pages)" : "counter(page)";
        return quote(parts[0]) + " " + a + " " + quote(parts[1]) + " " + b + " " + quote(parts[2]);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** One sentence a customer reads first: what was achieved, on how many APs, and whether anything failed. */
    private static void summary(ReportWriter w, RunReport r) {
        RunSummary run = r.run();
        String version = ReportWriter.dash(run.bundleVersion());
        long done = r.aps().stream().filter(a -> achieved(run, a)).count();
        w.raw("<p class=\"summary\" id=\"summary\">")
                .text(w.t(
                        "report.summary." + run.outcome().name().toLowerCase(Locale.ROOT),
                        done,
                        r.aps().size(),
                        version,
                        ReportWriter.dash(run.controllerVersionAfter())))
                .text(" ")
                .text(w.t("report.summary.problems", r.diagnoses().size()))
                .raw("</p>\n");
    }

    /** After an activation: the AP runs the target; before it: the AP holds the pre-downloaded image. */
    static boolean achieved(RunSummary run, ApLine a) {
        boolean activated = run.outcome() == RunOutcome.ACTIVATED || run.outcome() == RunOutcome.VERIFIED;
        if (activated) {
            return !a.afterVersion().isBlank()
                    && (run.bundleVersion().isBlank() || Objects.equals(a.afterVersion(), run.bundleVersion()));
        }
        return ApOutcome.of(a.lastStatus()) == ApOutcome.DOWNLOADED;
    }

    private void facts(ReportWriter w, RunReport r, Optional<ReportDetails> details) {
        RunSummary run = r.run();
        w.raw("<table class=\"facts\">\n<tbody>\n");
        // the controller as its own "show version" named it when the run began; the address on its own row
        ControllerIdentity who = run.identity();
        if (who.known()) {
            w.row(w.t("report.field.controller"), ReportWriter.dash(who.name()));
            w.row(w.t("report.field.controllerModel"), ReportWriter.dash(who.model()));
            w.row(w.t("report.field.controllerSerial"), ReportWriter.dash(who.serial()));
            w.row(w.t("report.field.controllerAddress"), run.controller());
        } else {
            w.row(w.t("report.field.controller"), run.controller());
        }
        details.ifPresent(x -> {
            w.row(w.t("report.field.site"), x.site());
            w.row(w.t("report.field.customer"), x.customer());
            w.row(w.t("report.field.technician"), x.technician());
        });
        // the controller's release and the APs' image version are two kinds of number, each on its own row
        w.row(
                w.t("report.field.upgrade"),
                w.t(
                        "report.upgrade.fromTo",
                        ReportWriter.dash(run.controllerVersion()),
                        ReportWriter.dash(run.controllerVersionAfter())));
        String from = r.aps().stream()
                .map(ApLine::fromVersion)
                .filter(v -> v != null && !v.isBlank())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        w.row(
                w.t("report.field.apImage"),
                w.t("report.upgrade.fromTo", ReportWriter.dash(from), ReportWriter.dash(run.bundleVersion())));
        w.row(w.t("report.field.bundle"), run.bundlePath());
        w.row(
                w.t("report.field.mode"),
                run.mode() + " — " + run.server()
                        + (run.existingServer() ? " (" + w.t("report.server.existing") + ")" : ""));
        w.row(w.t("report.field.started"), time.format(run.startedAt()));
        w.row(w.t("report.field.ended"), run.endedAt().map(time::format).orElse("—"));
        w.row(w.t("report.field.state"), w.t(run.outcome().key()));
        // the same reading of the controller's words as the run view, so both count alike
        long complete = r.aps().stream()
                .filter(a -> ApOutcome.of(a.lastStatus()) == ApOutcome.DOWNLOADED)
                .count();
        long failed = r.aps().stream()
                .filter(a -> ApOutcome.of(a.lastStatus()) == ApOutcome.FAILED)
                .count();
        w.row(
                w.t("report.field.aps"),
                w.t(
                        "report.aps.counts",
                        r.aps().size(),
                        complete,
                        failed,
                        r.aps().size() - complete - failed));
        w.endTable();
    }

    /** Where the technician and the customer's reviewer sign the printed report. */
    private static void signOff(ReportWriter w, Optional<ReportDetails> details) {
        w.section("report.section.signoff");
        w.table("signoff", "report.signoff.operator", "report.signoff.reviewer", "report.signoff.date");
        w.cells("", details.map(ReportDetails::technician).orElse(""), "", "");
        w.endTable();
    }

    /** The report's title names the controller by its hostname when it said one, else by its address. */
    static String title(RunSummary run) {
        return run.identity().name().isEmpty()
                ? run.controller()
                : run.identity().name();
    }
}
