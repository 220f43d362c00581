package org.ewcstation.simulator.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks a typed line through the grammar the way IOS does: keywords by unique prefix ("sh ap im"),
 * arguments by type, {@code LINE} swallowing the rest. Errors carry the offset of the offending word so
 * the caret lands under it.
 */
final class Parser {

    private Parser() {}

    sealed interface Result {}

    /** The line names a command; {@code path} holds the full keywords and argument values. */
    record Ok(Node node, List<String> args, String path) implements Result {}

    record Invalid(int offset) implements Result {}

    record Incomplete() implements Result {}

    record Ambiguous() implements Result {}

    record Empty() implements Result {}

    record Word(String text, int offset) {}

    static List<Word> words(String line) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < line.length() && line.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                out.add(new Word(line.substring(start, i), start));
            }
        }
        return out;
    }

    static Result parse(Node root, String line) {
        List<Word> words = words(line);
        if (words.isEmpty()) {
            return new Empty();
        }
        Node cur = root;
        List<String> args = new ArrayList<>();
        List<String> path = new ArrayList<>();
        for (Word w : words) {
            Object step = step(cur, w.text());
            if (step instanceof Result r) {
                return r instanceof Invalid ? new Invalid(w.offset()) : r;
            }
            Node next = (Node) step;
            if (next.token.equals("LINE")) {
                String rest = line.substring(w.offset()).strip();
                args.add(rest);
                path.add(rest);
                cur = next;
                break;
            }
            if (!next.isKeyword()) {
                args.add(w.text());
            }
            path.add(next.isKeyword() ? next.token : w.text());
            cur = next;
        }
        if (cur.action == null) {
            return new Incomplete();
        }
        return new Ok(cur, args, String.join(" ", path));
    }

    /** The child {@code word} selects, or an Invalid/Ambiguous result. */
    static Object step(Node cur, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<Node> kw =
                cur.children.stream().filter(c -> c.keywordStartsWith(lower)).toList();
        List<Node> exact = kw.stream().filter(c -> c.token.equals(lower)).toList();
        if (exact.size() == 1) {
            return exact.getFirst();
        }
        if (kw.size() == 1) {
            return kw.getFirst();
        }
        if (kw.size() > 1) {
            return new Ambiguous();
        }
        return cur.children.stream()
                .filter(c -> !c.isKeyword() && c.accepts(word))
                .findFirst()
                .<Object>map(n -> n)
                .orElse(new Invalid(0));
    }

    /**
     * What {@code ?} prints after {@code before}: the choices at that point with their help (after a space),
     * or the keywords the partial word may complete to. Null means "% Unrecognized command".
     */
    static List<String> help(Node root, String before) {
        List<Word> words = words(before);
        boolean partial = !before.isEmpty() && before.charAt(before.length() - 1) != ' ';
        Node cur = root;
        int complete = partial ? words.size() - 1 : words.size();
        for (int i = 0; i < complete; i++) {
            Object step = step(cur, words.get(i).text());
            if (!(step instanceof Node n)) {
                return null;
            }
            if (n.token.equals("LINE")) {
                return List.of("  LINE  <cr>");
            }
            cur = n;
        }
        if (partial) {
            String p = words.getLast().text().toLowerCase(Locale.ROOT);
            List<String> names = cur.children.stream()
                    .filter(c -> c.keywordStartsWith(p))
                    .map(c -> c.token)
                    .toList();
            return names.isEmpty() ? null : List.of(String.join("  ", names) + "  ");
        }
        List<String[]> rows = new ArrayList<>();
        cur.children.forEach(c -> rows.add(new String[] {c.token, c.help}));
        if (cur.action != null) {
            rows.add(new String[] {"<cr>", "<cr>"});
        }
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        return rows.stream()
                .map(r -> String.format(Locale.ROOT, "  %-" + width + "s  %s", r[0], r[1]))
                .toList();
    }

    /** Tab completion: the unique keyword the last partial word expands to, or null. */
    static String complete(Node root, String before) {
        List<Word> words = words(before);
        if (words.isEmpty() || before.endsWith(" ")) {
            return null;
        }
        Node cur = root;
        for (int i = 0; i < words.size() - 1; i++) {
            if (!(step(cur, words.get(i).text()) instanceof Node n)) {
                return null;
            }
            cur = n;
        }
        String p = words.getLast().text().toLowerCase(Locale.ROOT);
        List<Node> kw =
                cur.children.stream().filter(c -> c.keywordStartsWith(p)).toList();
        return kw.size() == 1 ? kw.getFirst().token : null;
    }
}
