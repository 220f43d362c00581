package org.ewcstation.services.ewc.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ewcstation.services.ewc.parse.TerminalText;

/**
 * {@code partial ?}: IOS lists the possible next words without running anything and re-types the partial
 * line after a fresh prompt. We then erase that line with Ctrl-U (and Ctrl-C if the line survives): a
 * typed command with side effects is never completed with Enter.
 */
final class ContextHelpExchange {

    private static final String CTRL_U = "\u0015";
    private static final String CTRL_C = "\u0003";

    private final EwcSession s;

    ContextHelpExchange(EwcSession s) {
        this.s = s;
    }

    ContextHelp run(String partial) throws EwcException {
        String typed = partial.isBlank() ? "" : partial.strip() + " "; // a bare ? lists every command
        String promptBefore = s.promptText();
        s.io().take();
        s.send(typed + "?", typed + "?");
        long deadline = System.nanoTime() + s.settingsCommandTimeout().toNanos();
        // done when the last line is the prompt again, with or without the partial line re-typed after it
        Boolean retyped = s.await(deadline, typed + "?", v -> {
            String c = v.cleaned();
            int nl = c.lastIndexOf('\n');
            if (nl < 0) {
                return null;
            }
            String last = c.substring(nl + 1);
            if (last.equals(promptBefore + typed) || last.equals(promptBefore + typed.strip())) {
                return Boolean.TRUE;
            }
            return s.prompt().find(c) != null ? Boolean.FALSE : null;
        });
        String out = TerminalText.clean(s.io().take());
        s.transcriptReceived(out);
        List<String> lines = new ArrayList<>();
        String error = null;
        boolean complete = false;
        String[] all = out.split("\n", -1);
        for (int i = 1; i < all.length - 1; i++) { // skip the echo and the re-displayed line
            String l = all[i];
            if (l.isBlank()) {
                continue;
            }
            if (l.strip().startsWith("%")) {
                error = (i > 0 && all[i - 1].strip().equals("^") ? all[i - 1] + "\n" : "") + l.strip();
                continue;
            }
            if (l.strip().equals("^")) {
                continue;
            }
            lines.add(l.stripTrailing());
            if (l.strip().startsWith("<cr>")) {
                complete = true;
            }
        }
        if (retyped) {
            erase(promptBefore, all[all.length - 1]);
        }
        return new ContextHelp(partial.strip(), lines, complete, error);
    }

    /** {@code shownLine} is the prompt and the re-typed words, already taken from the buffer. */
    private void erase(String promptBefore, String shownLine) throws EwcException {
        for (String key : new String[] {CTRL_U, CTRL_C}) {
            s.send(key, key.equals(CTRL_U) ? "^U" : "^C");
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            try {
                s.await(deadline, "^U", v -> {
                    String cleaned = TerminalText.clean(shownLine + v.tail());
                    String last =
                            TerminalText.lastLine(cleaned.replace("^U", "").replace("^C", ""));
                    return last.stripTrailing().equals(promptBefore.stripTrailing()) ? Boolean.TRUE : null;
                });
                s.transcriptReceived(TerminalText.clean(s.io().take()));
                return;
            } catch (EwcException e) {
                if (e.error() != EwcError.TIMEOUT) {
                    throw e;
                }
            }
        }
        // the typed words are still on the line and we will not press Enter on them: the session is unusable
        s.close();
        throw s.error(EwcError.UNEXPECTED_OUTPUT, shownLine, "line not erased");
    }
}
