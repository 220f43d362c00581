package org.ewcstation.i18n;

import java.text.MessageFormat;
import java.util.Date;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The typed accessor to the bundles of one language. A missing key renders as {@code !key!} so it is
 * visible in the UI and caught by the tests, never silently replaced by another language.
 */
public final class Messages {

    static final String BUNDLE = "org.ewcstation.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public Messages(Language language) {
        this.language = language;
        // Java 9+ reads .properties bundles as UTF-8; no control is needed. The root bundle is English.
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Set<String> keys() {
        return bundle.keySet();
    }

    /**
     * The text of {@code key} with {@code {0}}-style placeholders filled in; a {@link Msg} argument is rendered first,
     * and every text argument goes through {@link SafeText#block}.
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Always through MessageFormat, so every value follows one quoting rule ('' for an apostrophe).
        Object[] values = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Msg nested) {
                // a part that is itself a message (a reason inside a sentence): rendered in the same language
                values[i] = text(nested);
            } else if (!(values[i] == null || values[i] instanceof Number || values[i] instanceof Date)) {
                // a value may have come from the network (a file name, an AP name): never a terminal sequence
                values[i] = SafeText.block(values[i].toString());
            }
        }
        return new MessageFormat(pattern, language.locale()).format(values);
    }

    public String text(Msg msg) {
        return text(msg.key(), msg.argArray());
    }
}
