package org.ewcstation.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.model.ApSummary;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.parse.ApImageTypes;

/**
 * Plain-text rendering of a parse for {@code ewc-station parse} without {@code --json}: a table with translated
 * headers and statuses, one AP per line, aligned for Japanese as for English.
 */
final class ParsedText {

    private ParsedText() {}

    static String render(Object value, Messages m) {
        return switch (value) {
            case ApImageReport r -> m.text("cli.parse.total", r.totalAps()) + System.lineSeparator() + image(r, m);
            case ApSummary s -> summary(s, m);
            case VersionInfo v ->
                TextTable.render(List.of(
                        new String[] {m.text("cli.parse.hostname"), n(v.hostname())},
                        new String[] {m.text("cli.parse.version"), n(v.version())},
                        new String[] {m.text("cli.parse.platform"), n(v.platform())},
                        new String[] {m.text("cli.parse.model"), n(v.model())},
                        new String[] {m.text("cli.parse.serial"), n(v.serial())},
                        new String[] {m.text("cli.parse.uptime"), n(v.uptime())}));
            default -> String.valueOf(value);
        };
    }

    private static String image(ApImageReport r, Messages m) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            m.text("aptable.column.name"),
            m.text("aptable.column.primary"),
            m.text("aptable.column.backup"),
            m.text("aptable.column.predownloadStatus"),
            m.text("aptable.column.predownloadVersion"),
            m.text("aptable.column.nextRetry"),
            m.text("aptable.column.retries"),
            m.text("aptable.column.method")
        });
        r.aps()
                .forEach(a -> rows.add(new String[] {
                    a.name(),
                    n(a.primaryImage()),
                    n(a.backupImage()),
                    m.text(PredownloadPhase.label(a.predownloadStatus())),
                    n(a.predownloadVersion()),
                    n(a.nextRetryTime()),
                    String.valueOf(a.retryCount()),
                    n(a.method() == null ? null : String.valueOf(a.method()))
                }));
        return TextTable.render(rows);
    }

    private static String summary(ApSummary s, Messages m) {
        ApImageTypes types = new ApImageTypes();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            m.text("aptable.column.name"),
            m.text("aptable.column.model"),
            m.text("aptable.column.imageType"),
            m.text("aptable.column.ip"),
            m.text("cli.parse.state")
        });
        s.aps()
                .forEach(a -> rows.add(new String[] {
                    a.name(),
                    n(a.model()),
                    n(types.imageType(a.model())),
                    n(String.valueOf(a.ipAddress())),
                    n(a.state())
                }));
        return TextTable.render(rows);
    }

    private static String n(String s) {
        return s == null || s.isBlank() || s.equals("null") ? "-" : s;
    }
}
