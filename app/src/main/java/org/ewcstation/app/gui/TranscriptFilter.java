package org.ewcstation.app.gui;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which transcript lines the log pane shows. Every session starts with {@code enable}, the masked secret and
 * ends with {@code exit}, and the poller sends its show commands every few seconds: those routine lines and
 * their answers would bury the commands that matter, so they are left out. Every other command and what the
 * controller answers to it is shown, and controller errors ({@code %} lines) always are.
 */
final class TranscriptFilter {

    static final Set<String> ROUTINE = Set.of(
            "show ap image",
            "show ap summary",
            "show wireless ewc-ap",
            "terminal length 0",
            "terminal width 0",
            "show version",
            "enable",
            "exit");
    private static final Pattern MASKED = Pattern.compile("\\*+");

    /**
     * Endpoints whose last command was one that matters: only their answers are shown. A new session's banner and
     * first prompt come before any command, so they stay out too.
     */
    private final Set<String> loud = ConcurrentHashMap.newKeySet();

    boolean showSent(String endpoint, String text) {
        String c = text.strip().toLowerCase(Locale.ROOT);
        if (MASKED.matcher(c).matches()) {
            // a secret typed at a prompt belongs to the command before it (enable: routine)
            return loud.contains(endpoint);
        }
        if (c.isEmpty() || ROUTINE.stream().anyMatch(r -> c.equals(r) || c.startsWith(r + " "))) {
            loud.remove(endpoint);
            return false;
        }
        loud.add(endpoint);
        return true;
    }

    boolean showReceived(String endpoint, String text) {
        boolean error = text.lines().anyMatch(l -> l.stripLeading().startsWith("% "));
        return error || loud.contains(endpoint) && !text.isBlank();
    }

    static boolean error(String text) {
        return text.lines().anyMatch(l -> l.stripLeading().startsWith("% "));
    }
}
