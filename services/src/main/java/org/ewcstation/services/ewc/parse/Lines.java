package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers. */
final class Lines {

    static final Pattern MAC = Pattern.compile("(?i)[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}");

    private Lines() {}

    /** Splits on any line ending; a missing final newline is fine. Hand-rolled: the parsers' hot path. */
    static String[] split(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>(text.length() / 64 + 4);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** Whitespace-separated tokens of a line. */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>(12);
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }

    /** A rule of dashes (with spaces between groups), as under a table header. */
    static boolean isRule(String s) {
        int dashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dashes++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return dashes >= 5;
    }

    /** Digits and dots with at least two dots, starting with a digit: 17.9.4.27, 0.0.0.0, 17.12.1.5. */
    static boolean isImageVersion(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return dots >= 2;
    }

    static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    static String join(List<String> tokens, int from, int to) {
        return from >= to ? "" : String.join(" ", tokens.subList(from, to));
    }

    /** The value after the first colon of {@code label : value}, stripped. */
    static String afterColon(String line) {
        int i = line.indexOf(':');
        return i < 0 ? "" : line.substring(i + 1).strip();
    }

    static boolean isInt(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
