package org.ewcstation.services.ewc.session;

import java.util.Locale;

/**
 * A question the controller asked, as an answer-chooser needs it: its exact words (the whole line, stripped), its kind
 * and the default IOS shows in brackets ({@code (y/n)[y]}, {@code Destination filename [startup-config]?}), or null.
 *
 * @param text the question's line as the controller printed it (log text after it removed)
 * @param kind what answers it takes
 * @param defaultAnswer what Enter alone answers, when the controller shows it
 */
public record Question(String text, Kind kind, String defaultAnswer) {

    /** What a question accepts. */
    public enum Kind {
        /** {@code [yes/no]}, {@code [y/n]}, {@code (y/n)}, {@code [yes,no]}, {@code [yes]:}. */
        YES_NO,
        /** {@code [y/n/q]}: the install engine's "save and re-enter" question; {@code q} quits the operation. */
        YES_NO_QUIT,
        /** {@code [confirm]}: one key, Enter or {@code y} confirms, {@code n} declines. */
        CONFIRM,
        /** Free text with or without a default ({@code Destination filename [startup-config]?}). */
        FREE
    }

    /**
     * What is typed to decline: {@code n} (one key) for {@code [confirm]}, {@code q} for {@code [y/n/q]} (quit the
     * operation, change nothing), {@code n}/{@code no} for yes/no questions in the form they show. A free question
     * has no safe refusal word; {@code no} is what the session has always typed (IOS then rejects it as a name).
     */
    public String decline() {
        return switch (kind) {
            case CONFIRM -> "n";
            case YES_NO_QUIT -> "q\n";
            case YES_NO -> shortForm() ? "n\n" : "no\n";
            case FREE -> "no\n";
        };
    }

    /** What is typed to give {@code answer}: {@code [confirm]} takes Enter (the empty answer) or one key. */
    public String typed(String answer) {
        if (kind == Kind.CONFIRM) {
            return answer.isEmpty() ? "\n" : answer;
        }
        return answer + "\n";
    }

    /** True when the marks offer the one-letter words ({@code [y/n]}, {@code (y/n)}), not {@code yes/no}. */
    private boolean shortForm() {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("y/n") && !t.contains("yes/no") && !t.contains("yes,no") && !t.contains("yes, no");
    }
}
