package org.ewcstation.services.ewc.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The questions a caller allows us to answer during one command, such as {@code Proceed with reload?
 * [confirm]}. A question not listed is declined, and the command fails with
 * {@link EwcError#CONFIRMATION_DECLINED}: nothing with side effects is ever confirmed by default.
 */
public final class Answers {

    public static final Answers NONE = new Answers(List.of());

    private record Rule(Pattern question, String answer) {}

    private final List<Rule> rules;

    private Answers(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Answer questions matching {@code questionRegex} (searched in the question's line) with {@code answer}. */
    public Answers with(String questionRegex, String answer) {
        List<Rule> r = new ArrayList<>(rules);
        r.add(new Rule(Pattern.compile(questionRegex, Pattern.CASE_INSENSITIVE), answer));
        return new Answers(r);
    }

    /** Confirms a {@code [confirm]} question whose line matches {@code questionRegex} (Enter accepts). */
    public static Answers confirm(String questionRegex) {
        return NONE.with(questionRegex + ".*\\[confirm\\]", "");
    }

    /** The answer for {@code q} (matched against its exact words), or null to decline it. */
    public String answerFor(Question q) {
        return answerFor(q.text());
    }

    String answerFor(String questionLine) {
        for (Rule r : rules) {
            if (r.question().matcher(questionLine).find()) {
                return r.answer();
            }
        }
        return null;
    }
}
