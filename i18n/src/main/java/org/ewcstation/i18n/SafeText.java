package org.ewcstation.i18n;

/**
 * The one sanitiser for text that came from the network (TFTP file names, controller and AP names, syslog
 * messages, SSH output) before a person sees it: control characters (C0, DEL, C1 — so also ESC and with it every
 * OSC/CSI sequence) and the bidirectional overrides are written as visible escapes ({@code \x1b}, {@code \u202e}).
 * A terminal then never receives a sequence a LAN host chose (OSC 52 sets the clipboard, others the window title),
 * and the window shows the same marks instead of text that reorders itself. Idempotent: its output has no controls.
 */
public final class SafeText {

    private SafeText() {}

    /** One line: every line break and tab is made visible too, so a name cannot fake a line of its own. */
    public static String line(String s) {
        return clean(s, false);
    }

    /** Text of several lines (a syslog message, a transcript): line breaks and tabs kept, CR LF as LF. */
    public static String block(String s) {
        return clean(s, true);
    }

    /** Whether {@code s} holds a character either form would rewrite. */
    public static boolean needed(String s) {
        return s != null && s.codePoints().anyMatch(cp -> hidden(cp) || cp == '\n' || cp == '\t');
    }

    private static String clean(String s, boolean keepLines) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean kept = keepLines && (c == '\n' || c == '\t');
            boolean crlf = keepLines && c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
            if (kept || !(hidden(c) || c == '\n' || c == '\t' || crlf)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (!crlf) {
                out.append(visible(c));
            }
        }
        return out == null ? s : out.toString();
    }

    /** C0 (but LF and TAB, which callers decide on), DEL, C1, and the marks that reorder or hide text. */
    private static boolean hidden(int c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c
                || c == 0x200e
                || c == 0x200f
                || (c >= 0x2028 && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static String visible(char c) {
        return c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }
}
