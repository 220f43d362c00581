package org.ewcstation.services.ewc.session;

import java.util.regex.Pattern;

/**
 * When the controller's last line is a question: one of IOS's usual marks at once, or, after a command that can ask,
 * an unfinished line ending like a question followed by silence. Output that pauses mid-line (ping's dots) after a
 * command that cannot ask is never taken for one, so no command hangs and none stops by false alarm.
 */
final class Questions {

    /** IOS's usual question marks: answered or declined at once. */
    private static final Pattern MARKED = Pattern.compile(
            "(\\[confirm\\]|\\[yes/no\\]|\\[y/n\\]|\\(yes/no\\)|\\[no\\]|\\[yes\\])[:?]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A line that ends like a question without one of those marks ({@code Destination filename [x]?}). */
    private static final Pattern LOOSE =
            Pattern.compile("(\\?|\\]:|\\(y/n\\)|\\(yes/no\\)|\\[confirm\\])\\s*$", Pattern.CASE_INSENSITIVE);
    /** The commands that can ask something: their unfinished last lines are watched for questions. */
    private static final Pattern ASKING = Pattern.compile(
            "^(reload|write|copy|install|ap image|delete|format|clear|erase)\\b.*", Pattern.CASE_INSENSITIVE);
    /** Silence after an unfinished line before it counts as a question. */
    static final long SILENCE_MS = 1500;

    private Questions() {}

    static boolean mayAsk(String command) {
        return ASKING.matcher(command.strip()).matches();
    }

    static boolean isQuestion(String lastLine, long quietMillis, boolean mayAsk) {
        if (MARKED.matcher(lastLine).find()) {
            return true;
        }
        return mayAsk
                && quietMillis >= SILENCE_MS
                && !lastLine.isBlank()
                && LOOSE.matcher(lastLine).find();
    }
}
