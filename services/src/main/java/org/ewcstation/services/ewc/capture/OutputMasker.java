package org.ewcstation.services.ewc.capture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks every secret in controller output before it leaves the session for a file someone will send on:
 * the values after {@code password}, {@code secret} and {@code key} words ({@code sftp-password 7 …},
 * {@code enable secret 9 …}, {@code username … secret|password …}, {@code tacacs-server key …}, {@code
 * radius-server key …}, {@code key-string}, {@code pre-shared-key}, {@code crypto isakmp key …}, PSKs),
 * SNMP communities and SNMPv3 user passphrases, MD5 keys, credentials inside URLs, certificate blocks, and
 * every secret the caller knows (the login password and enable secret) wherever it appears. Masking errs on
 * the side of hiding: a word after one of these keywords goes even when it is not a secret.
 */
public final class OutputMasker {

    public static final String MASK = "*****";

    /**
     * A keyword, its optional level / peer / encoding / encryption-type words (possessive: a type digit is never
     * taken for the value), then the value, unless that is a hash name whose key follows (NTP, OSPF).
     */
    private static final Pattern KEYWORD_VALUE = Pattern.compile("(?i)(\\b(?:password-encrypt|password|secret"
            + "|key-string|set-key|server-key|pre-shared-key|authentication-key|key|community|idtoken)"
            + "(?:\\s+level\\s+\\d+)?+(?:\\s+(?:local|remote))?+(?:\\s+(?:ascii|hex))?+(?:\\s+\\d{1,2}(?=\\s))?+\\s+)"
            + "(?!(?:md5|sha\\S*)(?:\\s|$))(\\S+)");
    /** Hash and cipher names followed by a key: SNMPv3 auth/priv, NTP and OSPF MD5 keys. */
    private static final Pattern ALGORITHM_VALUE = Pattern.compile(
            "(?i)(\\b(?:auth\\s+(?:md5|sha\\S*)|priv\\s+(?:des|3des|aes(?:\\s+\\d+)?)|md5)(?:\\s+\\d(?=\\s))?\\s+)(\\S+)");
    /** {@code snmp-server host A [informs|traps] [version 1|2c|3 auth|noauth|priv] COMMUNITY}. */
    private static final Pattern SNMP_HOST = Pattern.compile("(?i)(\\bsnmp-server\\s+host\\s+\\S+\\s+"
            + "(?:(?:informs|traps)\\s+)?(?:version\\s+(?:1|2c|3\\s+\\S+)\\s+)?)(\\S+)");
    /** {@code scheme://user:password@host}. */
    private static final Pattern URL_PASSWORD =
            Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]*:)([^@\\s]+)@");

    private static final Pattern CERTIFICATE = Pattern.compile("(?i)^\\s*certificate\\s+.*");
    private static final Pattern QUIT = Pattern.compile("(?i)^\\s*quit\\s*$");

    private final List<String> known = new ArrayList<>();

    /** {@code knownSecrets}: passwords the caller typed, masked wherever they show up. */
    public OutputMasker(Collection<String> knownSecrets) {
        for (String s : knownSecrets) {
            if (s != null && s.length() >= 3 && !known.contains(s)) {
                known.add(s);
            }
        }
        known.sort(Comparator.comparingInt(String::length).reversed());
    }

    /**
     * Context help lists syntax, never a configured value: only the known secrets go, so its keyword lines
     * ({@code sftp-password  SFTP password}) stay readable.
     */
    public String maskKnown(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        for (String secret : known) {
            s = s.replace(secret, MASK);
        }
        return s;
    }

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = maskKnown(text);
        StringBuilder out = new StringBuilder(s.length());
        boolean inCertificate = false;
        for (String line : s.split("\n", -1)) {
            if (inCertificate) {
                inCertificate = !QUIT.matcher(line).matches();
                out.append(inCertificate ? indent(line) + MASK : line).append('\n');
                continue;
            }
            inCertificate = CERTIFICATE.matcher(line).matches();
            out.append(maskLine(line)).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String maskLine(String line) {
        String s = replace(URL_PASSWORD, line, "@");
        s = replace(SNMP_HOST, s, "");
        s = replace(ALGORITHM_VALUE, s, "");
        return replace(KEYWORD_VALUE, s, "");
    }

    private static String replace(Pattern p, String line, String suffix) {
        Matcher m = p.matcher(line);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK + suffix));
    }

    private static String indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return line.substring(0, i);
    }
}
