package org.ewcstation.services.ewc.session;

import java.util.regex.Pattern;

/** Turns what a pty printed into plain lines: no CR, no ANSI sequences, backspaces applied, paging marks removed. */
final class TerminalText {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]|\u001B[()][A-Z0-9]|\u001B[=>]");
    static final Pattern MORE = Pattern.compile(" ?--More-- ?");

    private TerminalText() {}

    static String clean(String raw) {
        String s = ANSI.matcher(raw).replaceAll("");
        s = MORE.matcher(s).replaceAll("");
        s = s.replace("\r\n", "\n").replace("\n\r", "\n");
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
                case '\r' -> {} // a lone CR re-prints the same line: keep what follows
                case '\n' -> {
                    stripTrailingSpaces(out, lineStart);
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
    static String lastLine(String cleaned) {
        int i = cleaned.lastIndexOf('\n');
        return i < 0 ? cleaned : cleaned.substring(i + 1);
    }

    /** The last line that holds anything but spaces, or "". */
    static String lastNonBlankLine(String cleaned) {
        String[] lines = cleaned.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }
}
