package org.ewcstation.views.aptable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ewcstation.services.history.SpreadsheetText;

/**
 * AP rows as text: tab-separated for the clipboard, RFC 4180 CSV for files. The status is written as displayed and,
 * in the next column, as the controller printed it.
 */
public final class ApTableExport {

    private ApTableExport() {}

    /** The keys of the exported columns, in the order of {@link #cells}. */
    static final List<String> HEADER_KEYS = List.of(
            "aptable.column.name",
            "aptable.column.model",
            "aptable.column.imageType",
            "aptable.column.ip",
            "aptable.column.ethernetMac",
            "aptable.column.primary",
            "aptable.column.backup",
            "aptable.column.predownloadStatus",
            "aptable.column.statusRaw",
            "aptable.column.predownloadVersion",
            "aptable.column.retries",
            "aptable.column.nextRetry",
            "aptable.column.method",
            "aptable.column.percent",
            "aptable.column.eta");

    static String[] cells(ApRow r, Function<String, String> statusLabel) {
        return new String[] {
            r.name(),
            r.model(),
            r.imageType(),
            r.ip(),
            r.ethernetMac(),
            r.primaryImage(),
            r.backupImage(),
            statusLabel.apply(r.predownloadStatus()),
            r.predownloadStatus(),
            r.predownloadVersion(),
            Integer.toString(r.retries()),
            r.nextRetry(),
            r.method(),
            r.percent() < 0 ? "" : String.format(Locale.ROOT, "%.0f", r.percent()),
            r.eta()
        };
    }

    /** Tab-separated, one line per row, headers first; what a spreadsheet or a ticket accepts on paste. */
    public static String tsv(List<String> headers, List<ApRow> rows, Function<String, String> statusLabel) {
        StringBuilder sb = new StringBuilder();
        SpreadsheetText.tsvLine(sb, headers);
        for (ApRow r : rows) {
            SpreadsheetText.tsvLine(sb, Arrays.asList(cells(r, statusLabel)));
        }
        return sb.toString();
    }

    /** CSV (RFC 4180), formulas made inert as in the run report: one writer for every export and copy. */
    public static String csv(List<String> headers, List<ApRow> rows, Function<String, String> statusLabel) {
        StringBuilder sb = new StringBuilder();
        SpreadsheetText.csvLine(sb, headers);
        for (ApRow r : rows) {
            SpreadsheetText.csvLine(sb, Arrays.asList(cells(r, statusLabel)));
        }
        return sb.toString();
    }
}
