package org.ewcstation.services.history;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.history.RunReport.ApLine;
import org.ewcstation.services.history.RunReport.TransferRecord;

/** The report's tables: each AP before and after, what failed and why, the transfers, the condensed timeline. */
final class ReportSections {

    /** A timeline row names this many APs, then says how many more. */
    static final int NAMED = 6;

    private ReportSections() {}

    static void aps(ReportWriter w, RunReport r) {
        w.section("report.section.aps", r.aps().size());
        w.table(
                "aps",
                "report.ap.name",
                "report.ap.model",
                "report.ap.from",
                "report.ap.to",
                "report.ap.after",
                "report.ap.status",
                "report.ap.retries");
        for (ApLine ap : r.aps()) {
            w.cells(
                    "",
                    ap.name(),
                    ap.model(),
                    ReportWriter.dash(ap.fromVersion()),
                    ReportWriter.dash(ap.lastVersion()),
                    ReportWriter.dash(ap.afterVersion()),
                    w.status(ap.lastStatus()),
                    ap.maxRetries());
        }
        w.endTable();
    }

    static void problems(ReportWriter w, RunReport r) {
        w.section("report.section.problems");
        if (r.diagnoses().isEmpty()) {
            w.raw("<p class=\"ok\">").text(w.t("report.problems.none")).raw("</p>\n");
            return;
        }
        w.table("", "report.problem.time", "report.problem.severity", "report.problem.what", "report.problem.todo");
        for (Diagnosis d : r.diagnoses()) {
            w.cells(
                    d.severity().name().toLowerCase(Locale.ROOT),
                    w.time.format(d.time()),
                    w.t(d.severity().key()),
                    w.messages.text(d.message()),
                    w.messages.text(d.action()));
        }
        w.endTable();
    }

    static void transfers(ReportWriter w, RunReport r) {
        w.section("report.section.transfers", r.transfers().size());
        if (r.transfers().isEmpty()) {
            w.raw("<p class=\"muted\">").text(w.t("report.transfers.none")).raw("</p>\n");
            return;
        }
        w.table(
                "",
                "report.transfer.time",
                "report.transfer.peer",
                "report.transfer.file",
                "report.transfer.bytes",
                "report.transfer.duration",
                "report.transfer.rate",
                "report.transfer.result");
        for (TransferRecord x : r.transfers()) {
            String result = w.t(ReportKeys.result(x.result()))
                    + (x.reason().isEmpty() ? "" : " (" + w.t(ReportKeys.reason(x.reason())) + ")");
            w.cells(
                    "COMPLETED".equals(x.result()) ? "ok" : "error",
                    w.time.format(x.startedAt()),
                    x.peer(),
                    x.file(),
                    w.t("report.bytes", x.bytes()),
                    w.t("report.seconds", Duration.ofMillis(x.durationMs()).toMillis() / 1000.0),
                    w.t("report.rate", x.bytesPerSecond() / 1e6),
                    result);
        }
        w.endTable();
    }

    /** Status changes and the run's own steps in one condensed time line. */
    static void timeline(ReportWriter w, RunReport r) {
        w.section("report.section.timeline");
        w.table("timeline", "report.transfer.time", "report.timeline.aps", "report.ap.status");
        for (ReportTimeline.Row row : ReportTimeline.of(r)) {
            if (!row.markKey().isEmpty()) {
                w.cells("muted", w.time.format(row.at()), "", w.t(row.markKey()));
            } else {
                w.cells("", w.time.format(row.at()), names(w, row.aps()), w.status(row.status()));
            }
        }
        w.endTable();
    }

    private static String names(ReportWriter w, List<String> aps) {
        if (aps.size() <= NAMED) {
            return String.join(", ", aps);
        }
        return w.t("report.timeline.more", String.join(", ", aps.subList(0, NAMED)), aps.size() - NAMED);
    }
}
