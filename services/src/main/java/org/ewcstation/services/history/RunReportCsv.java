package org.ewcstation.services.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.history.RunReport.ApLine;
import org.ewcstation.services.history.RunReport.TransferRecord;

/**
 * CSV exports of a run (RFC 4180, UTF-8 with a BOM so Excel opens Japanese correctly): one line per AP, and one
 * line per transfer. Headers in the chosen language. A cell that a spreadsheet would run as a formula is
 * prefixed with an apostrophe (an AP name is whatever the customer typed).
 */
public final class RunReportCsv {

    public static final String BOM = "\uFEFF";
    private final Messages messages;
    private final DateTimeFormatter time;

    public RunReportCsv(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.time =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    public String aps(RunReport r) {
        StringBuilder sb = new StringBuilder(BOM);
        line(
                sb,
                List.of(
                        t("report.field.controller"),
                        t("report.ap.name"),
                        t("report.ap.model"),
                        t("report.ap.from"),
                        t("report.ap.to"),
                        t("report.ap.status"),
                        t("report.ap.retries"),
                        t("report.field.state")));
        for (ApLine ap : r.aps()) {
            line(
                    sb,
                    List.of(
                            r.run().controllerLabel(),
                            ap.name(),
                            ap.model(),
                            ap.fromVersion(),
                            ap.lastVersion(),
                            messages.text(PredownloadPhase.label(ap.lastStatus())),
                            String.valueOf(ap.maxRetries()),
                            t(r.run().outcome().key())));
        }
        return sb.toString();
    }

    public String transfers(RunReport r) {
        StringBuilder sb = new StringBuilder(BOM);
        line(
                sb,
                List.of(
                        t("report.transfer.time"),
                        t("report.transfer.peer"),
                        t("report.transfer.file"),
                        t("report.transfer.bytes"),
                        t("report.transfer.duration"),
                        t("report.transfer.rate"),
                        t("report.transfer.result"),
                        t("report.transfer.reason")));
        for (TransferRecord x : r.transfers()) {
            // numbers stay plain (no grouping) so the spreadsheet reads them as numbers
            line(
                    sb,
                    List.of(
                            time.format(x.startedAt()),
                            x.peer(),
                            x.file(),
                            String.valueOf(x.bytes()),
                            String.valueOf(x.durationMs()),
                            String.format(Locale.ROOT, "%.0f", x.bytesPerSecond()),
                            x.result(),
                            x.reason()));
        }
        return sb.toString();
    }

    private String t(String key) {
        return messages.text(key);
    }

    static void line(StringBuilder sb, List<String> cells) {
        SpreadsheetText.csvLine(sb, cells);
    }

    static String cell(String raw) {
        return SpreadsheetText.csvCell(raw);
    }
}
