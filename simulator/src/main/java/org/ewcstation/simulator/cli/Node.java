package org.ewcstation.simulator.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One word of the command grammar: a keyword (matched by unique prefix, as IOS abbreviations are) or an
 * argument placeholder: {@code WORD}, {@code LINE} (the rest of the line), {@code A.B.C.D} or a range
 * like {@code <1-65535>}.
 */
final class Node {

    final String token;
    final String help;
    final List<Node> children = new ArrayList<>();
    CommandTable.Action action;

    Node(String token, String help) {
        this.token = token;
        this.help = help;
    }

    boolean isKeyword() {
        return !(token.equals("WORD") || token.equals("LINE") || token.equals("A.B.C.D") || token.startsWith("<"));
    }

    boolean keywordStartsWith(String word) {
        return isKeyword() && token.startsWith(word.toLowerCase(Locale.ROOT));
    }

    /** Whether an argument placeholder accepts {@code word}. */
    boolean accepts(String word) {
        return switch (token) {
            case "WORD", "LINE" -> true;
            case "A.B.C.D" ->
                word.matches("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})")
                        && Arrays.stream(word.split("\\.")).allMatch(o -> Integer.parseInt(o) <= 255);
            default -> inRange(word);
        };
    }

    private boolean inRange(String word) {
        if (!token.startsWith("<") || !word.matches("\\d{1,9}")) {
            return false;
        }
        String[] r = token.substring(1, token.length() - 1).split("-");
        long v = Long.parseLong(word);
        return v >= Long.parseLong(r[0]) && v <= Long.parseLong(r[1]);
    }

    Node child(String token) {
        for (Node c : children) {
            if (c.token.equals(token)) {
                return c;
            }
        }
        return null;
    }
}
