package org.ewcstation.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ewcstation.i18n.Language;
import picocli.CommandLine;

/**
 * The language of the command line: {@code --lang en|ja} when given (anything else is a usage error), else the
 * operating system's locale as POSIX orders it ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}), else
 * the JVM's default locale. Help and usage errors come from the {@code cli} bundle of that language.
 */
public final class CliLanguage {

    static final String HELP_BUNDLE = "org.ewcstation.i18n.cli";

    private CliLanguage() {}

    /** The language {@code --lang} names: {@code en} or {@code ja} only. */
    static Optional<Language> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language l : Language.values()) {
            if (l.tag().equals(tag.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** From the environment alone ({@code LANG=ja_JP.UTF-8} gives Japanese; C and POSIX give English). */
    static Language fromEnvironment(Map<String, String> env) {
        for (String var : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(var);
            if (v != null && !v.isBlank()) {
                String tag = v.replaceFirst("[.@].*$", "");
                return tag.equals("C") || tag.equals("POSIX") ? Language.ENGLISH : Language.fromTag(tag);
            }
        }
        return Language.systemDefault();
    }

    /**
     * The language for this run: the value after {@code --lang} (or {@code --lang=}) when it is a known one,
     * else the environment's. A wrong value is reported by the option's converter, in the environment's language.
     */
    static Language resolve(Map<String, String> env, String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            String value = a.startsWith("--lang=")
                    ? a.substring(7)
                    : a.equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            Optional<Language> l = parse(value);
            if (l.isPresent()) {
                return l.get();
            }
        }
        return fromEnvironment(env);
    }

    static ResourceBundle helpBundle(Language l) {
        return ResourceBundle.getBundle(
                HELP_BUNDLE,
                l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code --lang}: en or ja, nothing else. */
    static final class Converter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(value));
        }
    }
}
