package org.ewcstation.services.ewc.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the controller is waiting for an answer, and which question it is. IOS-XE's marks ({@code [confirm]},
 * {@code [yes/no]}, {@code [y/n/q]}, {@code (y/n)[y]}, {@code Proceed? [yes,no]}, {@code [yes]:}) count at once when
 * they end the last line; after a command that can ask they also count when only log lines follow (a terminal with
 * {@code logging monitor} prints {@code *Dec  7 10:11:12.123: %INSTALL-5-...} under the waiting question). A line ending
 * like a question without a mark ({@code Destination filename [x]?}) counts only after a command that can ask, when it
 * is unfinished (or followed by log lines) and the controller has been silent: output that pauses mid-line (ping's dots)
 * is never taken for a question, so no command hangs and none stops by false alarm.
 */
public final class Questions {

    private static final String WORD = "(?:y|n|q|yes|no|quit|cancel|abort)";
    /** A choice list: {@code [y/n/q]}, {@code (yes/no)}, {@code [yes,no]}, optionally followed by a default. */
    private static final Pattern CHOICES = Pattern.compile(
            "[\\[(]\\s*(" + WORD + "(?:\\s*[/,|]\\s*" + WORD + ")+)\\s*[\\])]"
                    + "(?:\\s*\\??\\s*\\[([^\\]\\[]{0,40})\\])?\\s*[:?]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** {@code [confirm]}, or a lone yes/no default ending the line ({@code [yes]:}, {@code [no]}). */
    private static final Pattern SINGLE =
            Pattern.compile("\\[\\s*(confirm|yes|no|y|n)\\s*\\]\\s*[:?]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** A line that ends like a question without one of those marks ({@code Destination filename [x]?}). */
    private static final Pattern LOOSE = Pattern.compile("(\\?|\\]:)\\s*$");
    /** The default a free question shows: the last bracket before its end. */
    private static final Pattern FREE_DEFAULT = Pattern.compile("\\[([^\\]\\[]{0,200})\\]\\s*[?:]?\\s*$");
    /** A syslog line as a terminal shows it: {@code *Dec  7 10:11:12.123: %FAC-5-MNEMONIC: ...}, or bare. */
    private static final Pattern LOG =
            Pattern.compile("^\\s*(?:[^%\\s][^%]{0,48}:\\s*)?%[A-Z][A-Z0-9_]*-(?:[A-Z0-9_]+-)?\\d-[A-Z0-9_]+:.*$");
    /** Where a log line glued to the end of a question starts ({@code ... [y/n/q]*Dec  7 ...: %INSTALL-...}). */
    private static final Pattern GLUED_LOG = Pattern.compile(
            "\\s*[*.]?[A-Z][a-z]{2}\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:\\s+[A-Za-z]{2,5})?:\\s*%.*$");
    /** The commands that can ask something: their unfinished last lines are watched for questions. */
    private static final Pattern ASKING = Pattern.compile(
            "^(reload|write|copy|install|ap image|delete|format|clear|erase|wr|request|upgrade|squeeze)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** Silence after an unfinished line before it counts as a question. */
    static final long SILENCE_MS = 1500;

    private Questions() {}

    public static boolean mayAsk(String command) {
        return ASKING.matcher(command.strip()).matches();
    }

    /** Kept for callers that hold only the last line: whether it is a question by the rules above. */
    static boolean isQuestion(String lastLine, long quietMillis, boolean mayAsk) {
        return find(lastLine, quietMillis, mayAsk) != null;
    }

    /**
     * The question {@code cleaned} (plain text received since the command or the last answer) ends with, or null.
     *
     * @param quietMillis how long the controller has been silent
     * @param mayAsk whether the command is one that can ask ({@link #mayAsk})
     */
    public static Question find(String cleaned, long quietMillis, boolean mayAsk) {
        String[] lines = cleaned.split("\n", -1);
        int last = lines.length - 1;
        String unfinished = lines[last];
        Question q = marked(unfinished);
        if (q != null) {
            return q;
        }
        if (mayAsk && quietMillis >= SILENCE_MS) {
            q = loose(unfinished);
            if (q != null) {
                return q;
            }
        }
        if (!mayAsk) {
            return null;
        }
        // log lines (and the blank lines around them) printed under a question that still waits
        int i = last;
        boolean logs = false;
        while (i >= 0 && (lines[i].isBlank() || LOG.matcher(lines[i]).matches())) {
            logs |= !lines[i].isBlank();
            i--;
        }
        if (i < 0 || !logs) {
            return null;
        }
        q = marked(lines[i]);
        if (q == null && quietMillis >= SILENCE_MS) {
            q = loose(lines[i]);
        }
        return q;
    }

    /** A line holding one of IOS's question marks at its end (a log line glued after it removed), or null. */
    public static Question marked(String line) {
        String s = unglue(line).stripTrailing();
        if (s.isEmpty() || LOG.matcher(s).matches()) {
            return null;
        }
        Matcher m = CHOICES.matcher(s);
        if (m.find()) {
            String words = m.group(1).toLowerCase(Locale.ROOT);
            boolean quit = words.matches(".*\\b(q|quit)\\b.*");
            String def = m.group(2) == null ? null : m.group(2).strip();
            return new Question(
                    s.strip(),
                    quit ? Question.Kind.YES_NO_QUIT : Question.Kind.YES_NO,
                    def == null || def.isEmpty() ? null : def);
        }
        m = SINGLE.matcher(s);
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (w.equals("confirm")) {
                return new Question(s.strip(), Question.Kind.CONFIRM, null);
            }
            return new Question(s.strip(), Question.Kind.YES_NO, w);
        }
        return null;
    }

    private static Question loose(String line) {
        String s = unglue(line).stripTrailing();
        if (s.isBlank() || LOG.matcher(s).matches() || !LOOSE.matcher(s).find()) {
            return null;
        }
        Matcher d = FREE_DEFAULT.matcher(s);
        return new Question(s.strip(), Question.Kind.FREE, d.find() ? d.group(1).strip() : null);
    }

    private static String unglue(String line) {
        Matcher g = GLUED_LOG.matcher(line);
        return g.find() && g.start() > 0 ? line.substring(0, g.start()) : line;
    }

    /**
     * Every question a saved terminal session shows: lines holding a question mark of IOS's, with the answer typed
     * after it when the terminal echoed one. Loose questions ({@code Destination filename [x]?}) are kept too when the
     * line is not a prompt's command.
     */
    public static List<Asked> inTranscript(String cleanedText) {
        List<Asked> out = new ArrayList<>();
        String[] lines = cleanedText.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            Asked a = asked(lines[n], n + 1);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** A question found in a saved session, at its 1-based line, with what was typed after it (or null). */
    public record Asked(Question question, String reply, int lineNumber) {}

    private static final Pattern ECHOED =
            Pattern.compile("^(.*?(?:\\[confirm\\]|[\\])]\\s*[:?]?|\\?))\\s*(\\S{1,40})$");

    private static Asked asked(String line, int number) {
        String s = unglue(line).stripTrailing();
        Question q = marked(s);
        if (q != null) {
            return new Asked(q, null, number);
        }
        if (LOG.matcher(s).matches()) {
            return null;
        }
        Matcher e = ECHOED.matcher(s);
        if (e.matches()) {
            Question m = marked(e.group(1));
            if (m == null && e.group(1).strip().endsWith("?") && e.group(1).contains("[")) {
                m = loose(e.group(1));
            }
            if (m != null) {
                return new Asked(m, e.group(2), number);
            }
        }
        if (s.contains("[") && s.endsWith("?") && !s.contains("#") && !s.contains(">")) {
            Question l = loose(s);
            return l == null ? null : new Asked(l, null, number);
        }
        return null;
    }
}
