package org.ewcstation.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command line's output in the encoding the technician's locale asks for. The JDK takes stdout's encoding from
 * the C library's locale: with {@code LANG=ja_JP.UTF-8} on a machine where that locale is not generated (a fresh
 * Debian, a container), it falls back to ASCII and every Japanese table prints as {@code ????}. The variables say
 * what the terminal shows, so they decide.
 */
final class ConsoleCharset {

    private static final Pattern UTF8 = Pattern.compile("(?i)\\.utf-?8(@.*)?$");

    private ConsoleCharset() {}

    /**
     * UTF-8 when the locale variables name it (POSIX order: LC_ALL, then LC_CTYPE, then LANG) and the console would
     * use something else; empty when nothing needs to change.
     */
    static Optional<Charset> wanted(Map<String, String> env, Charset current) {
        String locale = first(env, "LC_ALL", "LC_CTYPE", "LANG");
        if (locale == null || !UTF8.matcher(locale).find() || current.equals(StandardCharsets.UTF_8)) {
            return Optional.empty();
        }
        return Optional.of(StandardCharsets.UTF_8);
    }

    /** Replaces stdout and stderr before anything is printed (picocli takes its writers when it is built). */
    static void apply(Map<String, String> env) {
        wanted(env, System.out.charset()).ifPresent(cs -> {
            System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, cs));
            System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, cs));
        });
    }

    private static String first(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isBlank()) {
                return v.strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
