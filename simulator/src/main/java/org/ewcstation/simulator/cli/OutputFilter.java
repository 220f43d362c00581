package org.ewcstation.simulator.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The IOS output modifiers after {@code |}: section, include, exclude, begin, count. */
record OutputFilter(String kind, Pattern pattern) {

    private static final List<String> KINDS = List.of("begin", "count", "exclude", "include", "section");

    /** Null when the modifier is not one IOS knows (the caller prints the caret). */
    static OutputFilter parse(String text) {
        String[] p = text.split("\\s+", 2);
        String word = p[0].toLowerCase(Locale.ROOT);
        List<String> kinds = KINDS.stream().filter(k -> k.startsWith(word)).toList();
        if (word.isEmpty() || kinds.size() != 1 || p.length < 2) {
            return null;
        }
        try {
            return new OutputFilter(kinds.getFirst(), Pattern.compile(p[1].strip()));
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    List<String> apply(List<String> lines) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "include" ->
                lines.stream().filter(l -> pattern.matcher(l).find()).forEach(out::add);
            case "exclude" ->
                lines.stream().filter(l -> !pattern.matcher(l).find()).forEach(out::add);
            case "count" ->
                out.add("Number of lines which match regexp = "
                        + lines.stream().filter(l -> pattern.matcher(l).find()).count());
            case "begin" -> {
                boolean on = false;
                for (String l : lines) {
                    on |= pattern.matcher(l).find();
                    if (on) {
                        out.add(l);
                    }
                }
            }
            default -> {
                // section: a matching top-level line and the indented lines under it
                boolean in = false;
                for (String l : lines) {
                    boolean indented = l.startsWith(" ");
                    if (!indented) {
                        in = pattern.matcher(l).find();
                    }
                    if (in || (indented && pattern.matcher(l).find())) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }
}
