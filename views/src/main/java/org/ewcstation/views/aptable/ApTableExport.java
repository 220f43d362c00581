package org.ewcstation.views.aptable;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
        StringBuilder sb = new StringBuilder(String.join("\t", headers)).append('\n');
        for (ApRow r : rows) {
            String[] c = cells(r, statusLabel);
            for (int i = 0; i < c.length; i++) {
                sb.append(i == 0 ? "" : "\t")
                        .append(c[i] == null ? "" : c[i].replace('\t', ' ').replace('\n', ' '));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** CSV with quoting where needed (commas, quotes, line breaks), CRLF line ends as RFC 4180 says. */
    public static String csv(List<String> headers, List<ApRow> rows, Function<String, String> statusLabel) {
        StringBuilder sb = new StringBuilder();
        line(sb, headers.toArray(String[]::new));
        for (ApRow r : rows) {
            line(sb, cells(r, statusLabel));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }
}
