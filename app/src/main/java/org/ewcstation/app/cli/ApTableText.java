package org.ewcstation.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.poll.ApStatus;

/** The AP table as plain text columns for the terminal, aligned whatever the language; statuses translated. */
final class ApTableText {

    private ApTableText() {}

    static String render(List<ApStatus> aps, Messages m) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            m.text("aptable.column.name"),
            m.text("aptable.column.model"),
            m.text("aptable.column.imageType"),
            m.text("aptable.column.primary"),
            m.text("aptable.column.backup"),
            m.text("aptable.column.predownloadStatus"),
            m.text("aptable.column.predownloadVersion"),
            m.text("aptable.column.progress")
        });
        for (ApStatus a : aps) {
            rows.add(new String[] {
                a.name(),
                n(a.model()),
                a.imageType(),
                n(a.primaryImage()),
                n(a.backupImage()),
                a.predownloadStatus() == null ? "-" : m.text(PredownloadPhase.label(a.predownloadStatus())),
                n(a.predownloadVersion()),
                progress(a)
            });
        }
        return TextTable.render(rows);
    }

    static String progress(ApStatus a) {
        if (a.percent() == null && (a.eta() == null || a.eta().equals("N/A"))) {
            return "-";
        }
        return (a.percent() == null ? "?" : a.percent() + "%")
                + (a.eta() == null || a.eta().equals("N/A") ? "" : " / " + a.eta());
    }

    private static String n(String s) {
        return s == null ? "-" : s;
    }
}
