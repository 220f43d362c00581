package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.ApProgress;

/**
 * {@code show wireless ewc-ap ap image predownload status}: per-AP percent and ETA. No public sample of
 * this output exists (EWC-CLI.md marks its format unconfirmed), so the parser is lenient: a table under a
 * header that starts with {@code AP Name}; the AP name is the first cell, the percent is the cell with
 * {@code %} (or a bare 0..100 under a percent-like header), the ETA is a duration or {@code N/A}, and any
 * remaining words are the status.
 */
public final class ApProgressParser {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})(?:\\.\\d+)?%");
    private static final Pattern DURATION =
            Pattern.compile("(?i)\\d+:\\d{2}(:\\d{2})?|\\d+\\s*(s|sec|secs|seconds|m|min|mins|minutes|h|hours?)|n/a|-");

    public Parsed<List<ApProgress>> parse(String text) {
        String[] lines = Lines.split(text);
        List<ParseProblem> problems = new ArrayList<>();
        List<ApProgress> out = new ArrayList<>();
        boolean inTable = false;
        boolean bareNumberIsPercent = false;
        List<String> labels = List.of();
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty() || Lines.isRule(s)) {
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("ap name")) {
                inTable = true;
                labels = List.of(s.split("\\s{2,}"));
                bareNumberIsPercent = lower.contains("percent") || lower.contains("progress") || lower.contains("%");
                continue;
            }
            if (!inTable) {
                if (!s.contains(":")) {
                    problems.add(new ParseProblem(i + 1, lines[i], ParseProblem.Reason.UNKNOWN_LINE));
                }
                continue;
            }
            ApProgress p = byLabels(labels, Lines.tokens(s));
            if (p == null) {
                p = row(s, bareNumberIsPercent);
            }
            if (p == null) {
                problems.add(new ParseProblem(i + 1, lines[i], ParseProblem.Reason.UNRECOGNISED_ROW));
            } else {
                out.add(p);
            }
        }
        return new Parsed<>(List.copyOf(out), problems);
    }

    /** When every cell is one token and the count matches the header's labels, read cells by label. */
    static ApProgress byLabels(List<String> labels, List<String> t) {
        if (labels.size() < 3 || t.size() != labels.size()) {
            return null;
        }
        Integer percent = null;
        String eta = null;
        String status = null;
        Long done = null;
        Long total = null;
        for (int k = 1; k < labels.size(); k++) {
            String label = labels.get(k).toLowerCase(Locale.ROOT);
            String v = t.get(k);
            if (label.contains("percent") || label.equals("%") || label.contains("progress")) {
                Matcher pm = PERCENT.matcher(v.endsWith("%") ? v : v + "%");
                percent = pm.matches() ? Math.min(100, Integer.parseInt(pm.group(1))) : null;
            } else if (label.equals("eta") || label.contains("remaining")) {
                eta = v;
            } else if (label.equals("status")) {
                status = v;
            } else if (label.startsWith("received") || label.startsWith("downloaded")) {
                done = Lines.isInt(v) ? Long.valueOf(v) : null;
            } else if (label.startsWith("total") || label.equals("size")) {
                total = Lines.isInt(v) ? Long.valueOf(v) : null;
            }
        }
        return new ApProgress(t.get(0), percent, eta, status, done, total);
    }

    static ApProgress row(String line, boolean bareNumberIsPercent) {
        List<String> t = Lines.tokens(line);
        if (t.size() < 2) {
            return null;
        }
        Integer percent = null;
        String eta = null;
        List<String> words = new ArrayList<>();
        for (int k = 1; k < t.size(); k++) {
            String tok = t.get(k);
            Matcher pm = PERCENT.matcher(tok);
            if (percent == null && pm.matches()) {
                percent = Math.min(100, Integer.parseInt(pm.group(1)));
            } else if (percent == null
                    && bareNumberIsPercent
                    && Lines.isInt(tok)
                    && tok.length() <= 3
                    && Integer.parseInt(tok) <= 100) {
                percent = Integer.parseInt(tok);
            } else if (eta == null && DURATION.matcher(tok).matches()) {
                eta = tok;
            } else {
                words.add(tok);
            }
        }
        if (percent == null && eta == null && words.isEmpty()) {
            return null;
        }
        return new ApProgress(t.get(0), percent, eta, words.isEmpty() ? null : String.join(" ", words));
    }
}
