package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.ApSummary;
import org.ewcstation.services.ewc.model.ApSummaryEntry;

/**
 * {@code show ap summary} in both layouts: the old one ({@code ... Location Country IP Address State})
 * and the new one ({@code ... CC RD IP Address State Location}). Rows are anchored on the two MAC
 * addresses, so long names, drifting columns and IPv6 addresses do not matter.
 */
public final class ShowApSummaryParser {

    private static final Pattern IP = Pattern.compile("(?i)[0-9.]+|[0-9a-f:]*:[0-9a-f:.]*");

    public Parsed<ApSummary> parse(String text) {
        String[] lines = Lines.split(text);
        List<ParseProblem> problems = new ArrayList<>();
        List<ApSummaryEntry> aps = new ArrayList<>();
        Boolean newLayout = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String s = line.strip();
            String lower = s.toLowerCase(Locale.ROOT);
            if (s.isEmpty()
                    || Lines.isRule(s)
                    || lower.startsWith("number of aps")
                    || s.matches("[A-Za-z ]{1,12} = .*")) {
                continue;
            }
            if (lower.startsWith("ap name")) {
                newLayout = Lines.tokens(s).contains("CC");
                continue;
            }
            ApSummaryEntry e = newLayout == null ? null : row(Lines.tokens(s), newLayout);
            if (e == null) {
                problems.add(new ParseProblem(
                        i + 1,
                        line,
                        newLayout == null ? ParseProblem.Reason.UNKNOWN_LINE : ParseProblem.Reason.UNRECOGNISED_ROW));
            } else {
                aps.add(e);
            }
        }
        return new Parsed<>(new ApSummary(aps), problems);
    }

    static ApSummaryEntry row(List<String> t, boolean newLayout) {
        int m = -1;
        for (int k = 2; k + 1 < t.size(); k++) {
            if (Lines.MAC.matcher(t.get(k)).matches()
                    && Lines.MAC.matcher(t.get(k + 1)).matches()) {
                m = k;
                break;
            }
        }
        if (m < 3 || !Lines.isInt(t.get(m - 2))) {
            return null;
        }
        String name = Lines.join(t, 0, m - 2);
        Integer slots = Integer.valueOf(t.get(m - 2));
        String model = t.get(m - 1);
        int r = m + 1;
        if (newLayout) {
            if (t.size() < r + 4) {
                return null;
            }
            String cc = t.get(r + 1);
            int ipAt = r + 2;
            String rd = null;
            if (!IP.matcher(t.get(ipAt)).matches()) {
                rd = t.get(ipAt);
                ipAt++;
            }
            if (t.size() < ipAt + 2) {
                return null;
            }
            return new ApSummaryEntry(
                    name,
                    slots,
                    model,
                    t.get(m),
                    t.get(r),
                    cc,
                    rd,
                    t.get(ipAt),
                    t.get(ipAt + 1),
                    emptyToNull(Lines.join(t, ipAt + 2, t.size())));
        }
        int n = t.size();
        if (n < r + 4 || !IP.matcher(t.get(n - 2)).matches()) {
            return null;
        }
        return new ApSummaryEntry(
                name,
                slots,
                model,
                t.get(m),
                t.get(r),
                t.get(n - 3),
                null,
                t.get(n - 2),
                t.get(n - 1),
                emptyToNull(Lines.join(t, r + 1, n - 3)));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
