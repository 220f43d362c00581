package org.ewcstation.i18n;

import java.util.Locale;

/** The languages the UI speaks. English is the fallback bundle; every other one must be complete. */
public enum Language {
    ENGLISH("en", "English"),
    JAPANESE("ja", "日本語");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    /** The language's name written in that language, so a user who cannot read the current one still finds theirs. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language for a tag such as {@code ja} or {@code ja-JP}; English for anything unknown. */
    public static Language fromTag(String tag) {
        if (tag == null) {
            return ENGLISH;
        }
        String lang = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(lang)) {
                return l;
            }
        }
        return ENGLISH;
    }

    /** The language matching the operating system's default locale. */
    public static Language systemDefault() {
        return fromTag(Locale.getDefault().toLanguageTag());
    }
}
