package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ewcstation.services.ewc.model.PredownloadState;

/** {@code show wireless ewc-ap predownload status}: {@code Predownload Status: ...} and {@code Predownload Error: ...}. */
public final class PredownloadStatusParser {

    public Parsed<PredownloadState> parse(String text) {
        String status = null;
        String error = null;
        List<ParseProblem> problems = new ArrayList<>();
        String[] lines = Lines.split(text);
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty()) {
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("predownload status") && s.contains(":")) {
                status = Lines.afterColon(s);
            } else if (lower.startsWith("predownload error") && s.contains(":")) {
                error = Lines.afterColon(s);
            } else {
                problems.add(new ParseProblem(i + 1, lines[i], ParseProblem.Reason.UNKNOWN_LINE));
            }
        }
        if (status == null) {
            problems.add(new ParseProblem(0, text == null ? "" : text, ParseProblem.Reason.TRUNCATED));
        }
        return new Parsed<>(new PredownloadState(status, error), problems);
    }
}
