package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A terminal session a technician saved (PuTTY log, Tera Term, copy and paste): prompt-and-command lines such as
 * {@code 9120-EWC#show ap image} each followed by that command's output, several commands in one file, pager
 * remnants ({@code --More--} and the backspaces that erased it) and terminal escape sequences. Text without any
 * prompt line is one segment without a command: plain saved output.
 */
public final class TerminalCapture {

    /** One command and what it printed; {@code command} is null for text that had no prompt line. */
    public record Segment(String host, String command, String output, int line) {

        public OutputKind kind() {
            return command == null ? OutputKind.detect(output) : OutputKind.ofCommand(command);
        }
    }

    private static final Pattern PROMPT =
            Pattern.compile("^([A-Za-z0-9][A-Za-z0-9._:/\\-]{0,62})(\\(config[^)\\s]*\\))?([#>])[ \\t]?(.*)$");

    private TerminalCapture() {}

    /** The commands and outputs in {@code text}, in order. */
    public static List<Segment> split(String text) {
        String[] lines = Lines.split(clean(text));
        String host = null;
        List<Segment> out = new ArrayList<>();
        String command = null;
        int start = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PROMPT.matcher(lines[i]);
            boolean prompt = m.matches() && (host == null ? looksLikeCommand(m.group(4)) : host.equals(m.group(1)));
            if (!prompt) {
                body.append(lines[i]).append('\n');
                continue;
            }
            if (command != null || host == null && !body.toString().isBlank()) {
                out.add(new Segment(host, command, trimEnd(body), start + 1));
            }
            host = m.group(1);
            String typed = m.group(4).strip();
            command = typed.isEmpty() ? null : typed;
            start = i + 1;
            body.setLength(0);
        }
        if (command != null || host == null) {
            out.add(new Segment(host, command, trimEnd(body), start + 1));
        }
        return out;
    }

    /** Escape sequences and pager marks out, backspaces applied, line ends unified. */
    static String clean(String raw) {
        return TerminalText.cleanSaved(raw);
    }

    /** Before the hostname is known, a prompt line must carry a command, or be a bare prompt. */
    private static boolean looksLikeCommand(String typed) {
        String t = typed.strip();
        return t.isEmpty()
                || t.matches("(?i)(sh|sho|show|ter|term|terminal|en|ena|enable|conf|configure|\\?)\\b.*")
                || t.endsWith("?");
    }

    private static String trimEnd(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && (sb.charAt(n - 1) == '\n' || sb.charAt(n - 1) == ' ')) {
            n--;
        }
        return sb.substring(0, n);
    }
}
