package org.ewcstation.services.ewc.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.PingResult;

/** IOS {@code ping}: {@code Success rate is 80 percent (4/5), round-trip min/avg/max = 1/2/4 ms}. */
public final class PingParser {

    private static final Pattern RATE = Pattern.compile(
            "Success rate is (\\d+) percent \\((\\d+)/(\\d+)\\)(?:, round-trip min/avg/max = (\\d+)/(\\d+)/(\\d+) ms)?");

    public Parsed<PingResult> parse(String target, String text) {
        Matcher m = RATE.matcher(text == null ? "" : text);
        if (!m.find()) {
            return new Parsed<>(
                    null, List.of(new ParseProblem(0, text == null ? "" : text, ParseProblem.Reason.TRUNCATED)));
        }
        return new Parsed<>(
                new PingResult(
                        target,
                        Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)),
                        num(m.group(4)),
                        num(m.group(5)),
                        num(m.group(6))),
                List.of());
    }

    private static Integer num(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
