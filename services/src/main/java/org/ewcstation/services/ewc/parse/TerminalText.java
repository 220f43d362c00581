package org.ewcstation.services.ewc.parse;

import java.util.regex.Pattern;

/**
 * Turns what a terminal printed into plain lines: escape sequences (CSI, OSC, charset selects) and pager marks
 * removed, backspaces applied, line ends unified. One cleaner for the live SSH session and for a session a
 * technician saved; they differ only in what a lone CR means. What this leaves is parsed, and shown only through
 * {@code SafeText}, so a control character it does not know still never reaches a terminal.
 */
public final class TerminalText {

    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-9;?]*[ -/]*[@-~]" // CSI
                    + "|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?" // OSC, ended by BEL or ST
                    + "|\u001B[()][A-Z0-9]|\u001B[=>]");
    /** The live session's pager prompt; a saved one also keeps the backspaces that erased it. */
    public static final Pattern MORE = Pattern.compile(" ?--More-- ?");

    private static final Pattern SAVED_MORE = Pattern.compile("[ \\t]*--More--[ \\t\\x08]*");

    private TerminalText() {}

    /** The live session: a lone CR re-prints the same line, so what follows it is kept. */
    public static String clean(String raw) {
        String s = MORE.matcher(ESCAPES.matcher(raw).replaceAll("")).replaceAll("");
        return apply(s.replace("\r\n", "\n").replace("\n\r", "\n"), false, true);
    }

    /** A saved session: a lone CR starts the line over (PuTTY logs keep the pager's erase this way). */
    public static String cleanSaved(String raw) {
        String s = SAVED_MORE.matcher(ESCAPES.matcher(raw).replaceAll("")).replaceAll("");
        s = s.replace("\r\n", "\n");
        if (s.indexOf('\n') < 0) {
            s = s.replace('\r', '\n'); // classic Mac line ends, not an erased line
        }
        return apply(s, true, false);
    }

    private static String apply(String s, boolean crRestartsLine, boolean stripTrailing) {
        StringBuilder out = new StringBuilder(s.length());
        int lineStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b', '\u007f' -> {
                    if (out.length() > lineStart) {
                        out.setLength(out.length() - 1);
                    }
                }
                case '\r' -> {
                    if (crRestartsLine) {
                        out.setLength(lineStart);
                    }
                }
                case '\n' -> {
                    if (stripTrailing) {
                        stripTrailingSpaces(out, lineStart);
                    }
                    out.append('\n');
                    lineStart = out.length();
                }
                case '\u0007' -> {} // bell
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void stripTrailingSpaces(StringBuilder sb, int lineStart) {
        int n = sb.length();
        while (n > lineStart && sb.charAt(n - 1) == ' ') {
            n--;
        }
        sb.setLength(n);
    }

    /** The text after the last line break. */
    public static String lastLine(String cleaned) {
        int i = cleaned.lastIndexOf('\n');
        return i < 0 ? cleaned : cleaned.substring(i + 1);
    }

    /** The last line that holds anything but spaces, or "" (the line a long action is waiting on). */
    public static String lastNonBlankLine(String cleaned) {
        String[] lines = cleaned.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    /** The last {@code n} characters of {@code s} (what an error shows of a long answer). */
    public static String last(String s, int n) {
        return s.length() > n ? s.substring(s.length() - n) : s;
    }
}
