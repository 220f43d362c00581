package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ewcstation.services.ewc.model.ApImageCounts;
import org.ewcstation.services.ewc.model.ApImageEntry;
import org.ewcstation.services.ewc.model.ApImageReport;

/**
 * {@code show ap image}: a counters block, then a table. Rows are read by their tokens, anchored on
 * what each cell looks like (image versions, the retry count, the method at the end), not on column
 * offsets: real output drifts from its header and repeats the header on long listings.
 */
public final class ShowApImageParser {

    public Parsed<ApImageReport> parse(String text) {
        String[] lines = Lines.split(text);
        List<ParseProblem> problems = new ArrayList<>();
        List<ApImageEntry> aps = new ArrayList<>();
        int[] counters = new int[7];
        boolean inProgress = false;
        int total = -1;
        boolean hasMethod = true;
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String s = line.strip();
            if (s.isEmpty() || Lines.isRule(s)) {
                continue;
            }
            if (Lines.startsWithIgnoreCase(s, "ap name")) {
                hasMethod = s.toLowerCase(Locale.ROOT).contains("method");
                inTable = true;
                continue;
            }
            if (s.equalsIgnoreCase("number of aps")) {
                continue;
            }
            if (!inTable || s.contains(" : ") || Lines.startsWithIgnoreCase(s, "total number")) {
                int colon = s.indexOf(':');
                if (colon < 0) {
                    problems.add(new ParseProblem(i + 1, line, ParseProblem.Reason.UNKNOWN_LINE));
                    continue;
                }
                String label = s.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = s.substring(colon + 1).strip();
                if (label.startsWith("predownload in progress")) {
                    inProgress = value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true");
                    continue;
                }
                int slot = counterSlot(label);
                if (slot == -2) {
                    problems.add(new ParseProblem(i + 1, line, ParseProblem.Reason.UNKNOWN_LINE));
                } else if (!Lines.isInt(value)) {
                    problems.add(new ParseProblem(i + 1, line, ParseProblem.Reason.BAD_NUMBER));
                } else if (slot == -1) {
                    total = Integer.parseInt(value);
                } else {
                    counters[slot] = Integer.parseInt(value);
                }
                continue;
            }
            ApImageEntry e = row(Lines.tokens(s), hasMethod);
            if (e == null) {
                problems.add(new ParseProblem(i + 1, line, ParseProblem.Reason.UNRECOGNISED_ROW));
            } else {
                aps.add(e);
            }
        }
        ApImageCounts counts = new ApImageCounts(
                counters[0], counters[1], counters[2], counters[3], counters[4], counters[5], counters[6], inProgress);
        return new Parsed<>(new ApImageReport(total >= 0 ? total : aps.size(), counts, aps), problems);
    }

    /** -1 for the total, 0..6 for a counter, -2 for an unknown label. */
    private static int counterSlot(String label) {
        if (label.startsWith("total number of aps")) {
            return -1;
        }
        return switch (label) {
            case "initiated" -> 0;
            case "downloading" -> 1;
            case "predownloading" -> 2;
            case "completed downloading" -> 3;
            case "completed predownloading" -> 4;
            case "not supported" -> 5;
            case "failed to predownload" -> 6;
            default -> -2;
        };
    }

    /**
     * name… primary backup status… version nextRetry… retryCount [method]. The name runs up to the first
     * image version; the status is the alphabetic run after the backup image, leaving room for the rest.
     */
    static ApImageEntry row(List<String> t, boolean hasMethod) {
        int tail = hasMethod ? 2 : 1; // retry count [+ method]
        int primary = -1;
        for (int k = 1; k < t.size(); k++) {
            if (Lines.isImageVersion(t.get(k))) {
                primary = k;
                break;
            }
        }
        if (primary < 0) {
            primary = 1; // no version at all (e.g. an AP still joining)
        }
        int statusFrom = primary + 2;
        int minAfterStatus = 2 + tail; // version + nextRetry + tail
        if (t.size() < statusFrom + 1 + minAfterStatus) {
            return null;
        }
        String retry = t.get(t.size() - tail);
        if (!Lines.isInt(retry)) {
            return null;
        }
        int statusTo = statusFrom + 1;
        int maxStatusTo = t.size() - minAfterStatus;
        while (statusTo < maxStatusTo && isWord(t.get(statusTo))) {
            statusTo++;
        }
        return new ApImageEntry(
                Lines.join(t, 0, primary),
                t.get(primary),
                t.get(primary + 1),
                Lines.join(t, statusFrom, statusTo),
                t.get(statusTo),
                Lines.join(t, statusTo + 1, t.size() - tail),
                Integer.parseInt(retry),
                hasMethod ? t.get(t.size() - 1) : null);
    }

    private static boolean isWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        // "None" is a status and also a version: never let the status swallow the version cell
        return !s.equalsIgnoreCase("none");
    }
}
