package org.ewcstation.services.history;

import static org.ewcstation.services.history.Html.esc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.history.RunReport.ApLine;
import org.ewcstation.services.history.RunReport.RunMark;
import org.ewcstation.services.history.RunReport.StatusChange;
import org.ewcstation.services.history.RunReport.TransferRecord;

/**
 * A self-contained HTML report of one run for the customer: inline CSS, no script, no external resource,
 * every value escaped, every word from the bundles of the chosen language (diagnoses re-rendered from
 * their stored codes).
 */
public final class RunReportHtml {

    private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans CJK JP","Yu Gothic",Meiryo,sans-serif;\
      margin:2em;color:#1b1f23}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccd}\
      table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ccd;padding:.3em .5em;text-align:left;\
      vertical-align:top}th{background:#eef1f6}.error{color:#a40000}.warning{color:#8a5a00}.ok{color:#1a6b1a}\
      .muted{color:#666}@media print{body{margin:0}}""";

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
        RunSummary run = r.run();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"")
                .append(messages.language().tag())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>")
                .append(esc(t("report.title", title(run))))
                .append("</title>\n<style>")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(esc(t("report.title", title(run))))
                .append("</h1>\n");
        h.append("<table>\n");
        // the controller as its own "show version" named it when the run began; the address on its own row
        ControllerIdentity who = run.identity();
        if (who.known()) {
            row(h, t("report.field.controller"), dash(who.name()));
            row(h, t("report.field.controllerModel"), dash(who.model()));
            row(h, t("report.field.controllerSerial"), dash(who.serial()));
            row(h, t("report.field.controllerAddress"), run.controller());
        } else {
            row(h, t("report.field.controller"), run.controller());
        }
        details.ifPresent(x -> {
            row(h, t("report.field.site"), x.site());
            row(h, t("report.field.customer"), x.customer());
            row(h, t("report.field.technician"), x.technician());
        });
        // the controller's release and the APs' image version are two kinds of number, each on its own row
        row(h, t("report.field.upgrade"), dash(run.controllerVersion()));
        String from = r.aps().stream()
                .map(ApLine::fromVersion)
                .filter(v -> v != null && !v.isBlank())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        row(h, t("report.field.apImage"), t("report.upgrade.fromTo", dash(from), dash(run.bundleVersion())));
        row(h, t("report.field.bundle"), run.bundlePath());
        row(h, t("report.field.mode"), run.mode() + " — " + run.server());
        row(h, t("report.field.started"), time.format(run.startedAt()));
        row(h, t("report.field.ended"), run.endedAt().map(time::format).orElse("—"));
        row(h, t("report.field.state"), t(run.outcome().key()));
        // the same reading of the controller's words as the run view, so both count alike
        long complete = r.aps().stream()
                .filter(a -> ApOutcome.of(a.lastStatus()) == ApOutcome.DOWNLOADED)
                .count();
        long failed = r.aps().stream()
                .filter(a -> ApOutcome.of(a.lastStatus()) == ApOutcome.FAILED)
                .count();
        row(
                h,
                t("report.field.aps"),
                t("report.aps.counts", r.aps().size(), complete, failed, r.aps().size() - complete - failed));
        h.append("</table>\n");

        h.append("<h2>").append(esc(t("report.section.aps", r.aps().size()))).append("</h2>\n<table>\n<tr>");
        header(
                h,
                "report.ap.name",
                "report.ap.model",
                "report.ap.from",
                "report.ap.to",
                "report.ap.status",
                "report.ap.retries");
        for (ApLine ap : r.aps()) {
            h.append("<tr>");
            cells(
                    h,
                    ap.name(),
                    ap.model(),
                    ap.fromVersion(),
                    ap.lastVersion(),
                    status(ap.lastStatus()),
                    ap.maxRetries());
        }
        h.append("</table>\n");

        h.append("<h2>").append(esc(t("report.section.problems"))).append("</h2>\n");
        if (r.diagnoses().isEmpty()) {
            h.append("<p class=\"ok\">").append(esc(t("report.problems.none"))).append("</p>\n");
        } else {
            h.append("<table>\n<tr>");
            header(h, "report.problem.time", "report.problem.severity", "report.problem.what", "report.problem.todo");
            for (Diagnosis d : r.diagnoses()) {
                String cls = d.severity().name().toLowerCase(Locale.ROOT);
                h.append("<tr class=\"").append(cls).append("\">");
                cells(
                        h,
                        time.format(d.time()),
                        t(d.severity().key()),
                        messages.text(d.message()),
                        messages.text(d.action()));
            }
            h.append("</table>\n");
        }

        h.append("<h2>")
                .append(esc(t("report.section.transfers", r.transfers().size())))
                .append("</h2>\n<table>\n<tr>");
        header(
                h,
                "report.transfer.time",
                "report.transfer.peer",
                "report.transfer.file",
                "report.transfer.bytes",
                "report.transfer.duration",
                "report.transfer.rate",
                "report.transfer.result");
        for (TransferRecord x : r.transfers()) {
            String result = t(ReportKeys.result(x.result()))
                    + (x.reason().isEmpty() ? "" : " (" + t(ReportKeys.reason(x.reason())) + ")");
            h.append("<tr class=\"")
                    .append("COMPLETED".equals(x.result()) ? "ok" : "error")
                    .append("\">");
            cells(
                    h,
                    time.format(x.startedAt()),
                    x.peer(),
                    x.file(),
                    t("report.bytes", x.bytes()),
                    t("report.seconds", Duration.ofMillis(x.durationMs()).toMillis() / 1000.0),
                    t("report.rate", x.bytesPerSecond() / 1e6),
                    result);
        }
        h.append("</table>\n");

        h.append("<h2>").append(esc(t("report.section.timeline"))).append("</h2>\n<table>\n<tr>");
        header(h, "report.transfer.time", "report.ap.name", "report.ap.status", "report.ap.to", "report.ap.retries");
        // status changes and the run's own marks (interrupted, resumed) in one time line
        List<Map.Entry<Instant, String>> timeline = new ArrayList<>();
        for (StatusChange s : r.statusChanges()) {
            StringBuilder row = new StringBuilder("<tr>");
            cells(row, time.format(s.at()), s.ap(), status(s.status()), s.version(), s.retryCount());
            timeline.add(Map.entry(s.at(), row.toString()));
        }
        for (RunMark m : r.marks()) {
            StringBuilder row = new StringBuilder("<tr class=\"muted\">");
            cells(row, time.format(m.at()), "", t("report.mark." + m.kind()), "", "");
            timeline.add(Map.entry(m.at(), row.toString()));
        }
        timeline.sort(Map.Entry.comparingByKey()); // stable: equal times keep their stored order
        timeline.forEach(e -> h.append(e.getValue()));
        h.append("</table>\n<p class=\"muted\">")
                .append(esc(t("report.footer", time.format(clock.instant()))))
                .append("</p>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The status as a translated label; the controller's own word on hover. */
    /** The report's title names the controller by its hostname when it said one, else by its address. */
    private static String title(RunSummary run) {
        return run.identity().name().isEmpty()
                ? run.controller()
                : run.identity().name();
    }

    private Titled status(String raw) {
        return new Titled(messages.text(PredownloadPhase.label(raw)), raw == null ? "" : raw);
    }

    /** A cell with a hover text. */
    private record Titled(String text, String title) {}

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private String t(String key, Object... args) {
        return messages.text(key, args);
    }

    private void header(StringBuilder h, String... keys) {
        for (String k : keys) {
            h.append("<th>").append(esc(t(k))).append("</th>");
        }
        h.append("</tr>\n");
    }

    private static void cells(StringBuilder h, Object... values) {
        for (Object v : values) {
            if (v instanceof Titled t) {
                h.append("<td title=\"")
                        .append(esc(t.title()))
                        .append("\">")
                        .append(esc(t.text()))
                        .append("</td>");
            } else {
                h.append("<td>").append(esc(v)).append("</td>");
            }
        }
        h.append("</tr>\n");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>")
                .append(esc(label))
                .append("</th><td>")
                .append(esc(value))
                .append("</td></tr>\n");
    }
}
