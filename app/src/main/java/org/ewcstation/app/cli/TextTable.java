package org.ewcstation.app.cli;

import java.util.List;
import org.ewcstation.i18n.SafeText;

/**
 * Columns for the terminal, aligned by what a terminal shows: East Asian wide and fullwidth characters
 * (アクセスポイント, 完了) take two cells, combining marks none. The ranges are those of Unicode's East Asian Width
 * W and F classes that Japanese text uses; a full Unicode library would be tens of megabytes for this one table.
 */
final class TextTable {

    private TextTable() {}

    /** Rows of cells, the first row the header; two spaces between columns, no padding after the last. */
    static String render(List<String[]> rows) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], width(SafeText.line(r[i])));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i] == null ? "" : SafeText.line(r[i]);
                line.append(cell);
                if (i < r.length - 1) {
                    line.append(" ".repeat(w[i] - width(cell) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** The number of terminal cells {@code s} takes. */
    static int width(String s) {
        if (s == null) {
            return 0;
        }
        return s.codePoints().map(TextTable::cells).sum();
    }

    static int cells(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
