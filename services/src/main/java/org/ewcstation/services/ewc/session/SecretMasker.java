package org.ewcstation.services.ewc.session;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets before text reaches a transcript, a log or an exception: every secret we know of (login
 * password, enable secret, SFTP password) wherever it appears, and the value after {@code password} or
 * {@code secret} keywords in configuration lines, whatever the value.
 */
public final class SecretMasker {

    private static final Pattern KEYWORD_VALUE =
            Pattern.compile("(?i)\\b((?:sftp-)?password|secret|key)(\\s+[0-9](?=\\s))?(\\s+)(\\S+)");

    private final List<String> secrets = new CopyOnWriteArrayList<>();

    public void add(String secret) {
        if (secret != null && !secret.isEmpty() && !secrets.contains(secret)) {
            secrets.add(secret);
            secrets.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        for (String secret : secrets) {
            s = s.replace(secret, EwcCredentials.MASK);
        }
        return KEYWORD_VALUE
                .matcher(s)
                .replaceAll(m -> m.group(4).equals(EwcCredentials.MASK) || isWordy(m.group(4))
                        ? Matcher.quoteReplacement(m.group())
                        : Matcher.quoteReplacement(m.group(1)
                                + (m.group(2) == null ? "" : m.group(2))
                                + m.group(3)
                                + EwcCredentials.MASK));
    }

    // "password is" / "secret for" in prose is not a value: only mask tokens that could be one
    private static boolean isWordy(String v) {
        return v.matches("(?i)is|for|of|the|to|as|and|\\*+|:|\\?|<.*");
    }
}
