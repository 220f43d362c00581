package org.ewcstation.services.history;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one writer of cells a spreadsheet opens: the run report's CSV, the AP table's Export CSV… and Copy. An AP
 * name or a controller's reply is whatever someone typed, and a spreadsheet runs a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula ({@code =HYPERLINK(…)}, {@code +cmd|…}): such a cell gets
 * a leading apostrophe. Plain numbers ("-3", "+12.5") are left alone: no formula, and a column of retries stays numeric.
 */
public final class SpreadsheetText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetText() {}

    /** The value a spreadsheet shows as text, never evaluates. */
    public static String inert(String raw) {
        String v = raw == null ? "" : raw;
        if (!v.isEmpty()
                && "=+-@\t\r".indexOf(v.charAt(0)) >= 0
                && !NUMBER.matcher(v).matches()) {
            return "'" + v;
        }
        return v;
    }

    /** One CSV cell (RFC 4180): inert, and quoted when it holds a comma, quote, apostrophe or line break. */
    public static String csvCell(String raw) {
        String v = inert(raw);
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains("'")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** One CSV line, CRLF-terminated as RFC 4180 says. */
    public static void csvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** One tab-separated line for the clipboard: inert, tabs and line breaks flattened to spaces. */
    public static void tsvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String v = cells.get(i) == null
                    ? ""
                    : cells.get(i).replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
            sb.append(inert(v));
        }
        sb.append('\n');
    }
}
