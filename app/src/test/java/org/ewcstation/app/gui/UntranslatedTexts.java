package org.ewcstation.app.gui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ewcstation.i18n.Messages;

/**
 * Judges which texts of a window stayed English after the switch to Japanese, counting only texts that come from
 * the bundle. The window also shows the machine's own data (interface names and addresses such as
 * {@code eth0  fd00::2/64}, host names, accounts, numbers): the same in every language, and no business of this
 * judge, whatever words they happen to contain.
 */
final class UntranslatedTexts {

    /** Splits a value at its {@code {0}}-style placeholders (after MessageFormat has left them as they are). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    /** English values that Japanese words differently, as patterns: a placeholder stands for any text. */
    private final List<Pattern> translated = new ArrayList<>();

    /** Values the same in both bundles (product and protocol names, the language names): never untranslated. */
    private final Set<String> sameInBoth = new HashSet<>();

    UntranslatedTexts(Messages english, Messages japanese) {
        for (String key : english.keys()) {
            // without arguments MessageFormat keeps "{0}" as it is and undoes the '' quoting
            String en = english.text(key);
            if (en.equals(japanese.text(key))) {
                sameInBoth.add(en);
            } else if (hasLetters(PLACEHOLDER.matcher(en).replaceAll(""))) {
                // a value of placeholders and punctuation alone ("{0}  {1}") says nothing of where a text came from
                translated.add(pattern(en));
            }
        }
    }

    /** Whether {@code text} is the English wording of a bundle value that has a Japanese one. */
    boolean fromBundle(String text) {
        return !sameInBoth.contains(text)
                && translated.stream().anyMatch(p -> p.matcher(text).matches());
    }

    /** The bundle texts shown in English before the switch that are unchanged after it, by the object showing them. */
    List<String> find(Map<Object, String> english, Map<Object, String> japanese) {
        List<String> untranslated = new ArrayList<>();
        english.forEach((owner, text) -> {
            if (text.equals(japanese.get(owner)) && fromBundle(text)) {
                untranslated.add(text);
            }
        });
        return untranslated;
    }

    private static Pattern pattern(String value) {
        String regex = PLACEHOLDER
                .splitAsStream(value + "\0") // keeps a trailing placeholder's empty part
                .map(part -> part.replace("\0", ""))
                .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                .collect(Collectors.joining("(?s:.*)"));
        return Pattern.compile(regex);
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
