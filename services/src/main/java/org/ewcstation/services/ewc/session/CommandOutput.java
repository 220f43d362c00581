package org.ewcstation.services.ewc.session;

import java.util.Locale;

/** Cuts the echo and the prompt off a command's output, and turns IOS {@code %} errors into typed exceptions. */
final class CommandOutput {

    private CommandOutput() {}

    /** The output between the echoed command line and the final prompt. */
    static String body(String cleaned, String command, String promptLine) {
        String s = cleaned;
        if (s.endsWith(promptLine)) {
            s = s.substring(0, s.length() - promptLine.length());
        } else {
            int nl = s.lastIndexOf('\n');
            s = nl < 0 ? "" : s.substring(0, nl + 1);
        }
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        String cmd = command.strip();
        if (!cmd.isEmpty() && first.strip().endsWith(cmd)) {
            s = nl < 0 ? "" : s.substring(nl + 1);
        }
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * Throws for {@code % Invalid input} (with the caret's position in the command), {@code % Incomplete},
     * {@code % Ambiguous}, unknown commands, and — for configuration lines — any other {@code %} line
     * except warnings and information.
     */
    static void check(String command, String body, String promptBefore, boolean configLine, EwcSession s)
            throws EwcException {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("%")) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("% invalid input")) {
                throw s.error(EwcError.INVALID_INPUT, command, errorText(lines, i), caret(lines, i, promptBefore));
            }
            if (lower.startsWith("% incomplete command")) {
                throw s.error(EwcError.INCOMPLETE_COMMAND, command, line);
            }
            if (lower.startsWith("% ambiguous command")) {
                throw s.error(EwcError.AMBIGUOUS_COMMAND, command, line);
            }
            if (lower.startsWith("% unknown command") || lower.startsWith("% unrecognized command")) {
                throw s.error(EwcError.INVALID_INPUT, command, line);
            }
            if (configLine
                    && !lower.startsWith("% warning")
                    && !lower.startsWith("% info")
                    && !lower.startsWith("% note")) {
                throw s.error(EwcError.COMMAND_REJECTED, command, body.strip());
            }
        }
    }

    private static String errorText(String[] lines, int i) {
        return i > 0 && lines[i - 1].strip().equals("^") ? lines[i - 1] + "\n" + lines[i] : lines[i].strip();
    }

    /** The caret line sits under "prompt + command": its column minus the prompt's length is the position in the command. */
    private static int caret(String[] lines, int i, String promptBefore) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            String l = lines[k];
            if (l.strip().equals("^")) {
                int col = l.indexOf('^') - promptBefore.length();
                return Math.max(col, 0);
            }
        }
        return -1;
    }
}
