package org.ewcstation.servers.path;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The request-path rules both file servers share: a path a peer asks for becomes a list of plain names under
 * the served folder, or a {@link PathRefusal} that says which rule it broke. {@code /} and {@code \} both
 * separate (Windows clients send either); everything else that means something special on Windows (drives,
 * UNC paths, streams, devices, short names, trailing dots) is refused rather than repaired, on every operating
 * system, so a hostile or confused request shows in the log instead of being silently rewritten.
 */
public final class RequestPaths {

    /** What a {@code ..} element does. */
    public enum Parents {
        /** Refused (TFTP, as tftpd-hpa's {@code --secure}). */
        REFUSE,
        /** Folded lexically, never above the root (SFTP clients send {@code cd ..} and {@code ls /..}). */
        FOLD
    }

    static final int MAX_PATH_LENGTH = 1024;
    static final int MAX_NAME_LENGTH = 255;

    private static final Pattern DRIVE = Pattern.compile("^[\\\\/]*[A-Za-z]:.*", Pattern.DOTALL);
    /** Windows' device names, matched on the part before the first dot, also with COM¹²³ and LPT¹²³. */
    private static final Pattern DEVICE = Pattern.compile(
            "(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3]|CONIN\\$|CONOUT\\$|CLOCK\\$)",
            Pattern.CASE_INSENSITIVE);
    /** An 8.3 alias as Windows makes them: up to six characters, a tilde, a number, an extension of up to three. */
    private static final Pattern SHORT_NAME = Pattern.compile("[^~.]{1,6}~[0-9]{1,6}(\\.[^.]{0,3})?");

    private static final String ILLEGAL = "<>\"|?*";
    /**
     * Full-width and look-alike solidus, reverse solidus, full stop and colon: Windows' "best fit" conversion
     * to the ANSI code page turns them into the real character, so they must not get past the rules above.
     */
    private static final String CONFUSABLE = "\uff0f\uff3c\u2215\u2216\u29f8\u29f9\u2044\ufe68\uff0e\u2024\uff1a\ua789";

    private RequestPaths() {}

    /**
     * The plain names of {@code requested} under the root; empty for the root itself ({@code ""}, {@code "/"},
     * {@code "."}).
     */
    public static List<String> segments(String requested, Parents parents) throws PathRefusal {
        checkCharacters(requested);
        if (requested.startsWith("\\\\") || requested.startsWith("/\\") || requested.startsWith("\\/")) {
            throw new PathRefusal(RequestPathRule.UNC_PATH);
        }
        if (requested.indexOf(':') >= 0) {
            throw new PathRefusal(
                    DRIVE.matcher(requested).matches()
                            ? RequestPathRule.DRIVE_LETTER
                            : RequestPathRule.ALTERNATE_STREAM);
        }
        for (int i = 0; i < requested.length(); i++) {
            if (ILLEGAL.indexOf(requested.charAt(i)) >= 0) {
                throw new PathRefusal(RequestPathRule.ILLEGAL_CHARACTER);
            }
        }
        List<String> segments = new ArrayList<>();
        for (String segment : requested.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parents == Parents.REFUSE) {
                    throw new PathRefusal(RequestPathRule.PARENT);
                }
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
                continue;
            }
            checkName(segment);
            segments.add(segment);
        }
        return segments;
    }

    /** {@code segments} joined with {@code /}, without a leading one. */
    public static String join(List<String> segments) {
        return String.join("/", segments);
    }

    private static void checkCharacters(String requested) throws PathRefusal {
        if (requested.length() > MAX_PATH_LENGTH) {
            throw new PathRefusal(RequestPathRule.TOO_LONG);
        }
        for (int i = 0; i < requested.length(); i++) {
            char c = requested.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new PathRefusal(RequestPathRule.CONTROL_CHARACTER);
            }
            if (CONFUSABLE.indexOf(c) >= 0) {
                throw new PathRefusal(RequestPathRule.CONFUSABLE_CHARACTER);
            }
        }
        if (hidesTraversal(requested)) {
            throw new PathRefusal(RequestPathRule.ENCODED_TRAVERSAL);
        }
    }

    private static void checkName(String segment) throws PathRefusal {
        if (segment.chars().allMatch(c -> c == '.' || c == ' ')) {
            throw new PathRefusal(RequestPathRule.DOTS_ONLY); // Windows also treats "...", ". ." and ".. " as parents
        }
        if (segment.length() > MAX_NAME_LENGTH) {
            throw new PathRefusal(RequestPathRule.TOO_LONG);
        }
        char last = segment.charAt(segment.length() - 1);
        if (last == '.' || last == ' ') {
            throw new PathRefusal(RequestPathRule.TRAILING_DOT_OR_SPACE);
        }
        int dot = segment.indexOf('.');
        String base = (dot < 0 ? segment : segment.substring(0, dot)).stripTrailing();
        if (DEVICE.matcher(base).matches()) {
            throw new PathRefusal(RequestPathRule.RESERVED_DEVICE_NAME);
        }
        if (SHORT_NAME.matcher(segment).matches()) {
            throw new PathRefusal(RequestPathRule.SHORT_NAME);
        }
    }

    /** Percent-encoding (also double) that decodes to a dot, a slash or a backslash. */
    private static boolean hidesTraversal(String name) {
        String current = name;
        for (int round = 0; round < 3 && current.indexOf('%') >= 0; round++) {
            String lower = current.toLowerCase(Locale.ROOT);
            if (lower.contains("%2e")
                    || lower.contains("%2f")
                    || lower.contains("%5c")
                    || lower.contains("%c0")
                    || lower.contains("%u002e")) {
                return true;
            }
            try {
                current = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false; // not percent-encoding after all: a literal % in a name
            }
        }
        return false;
    }
}
