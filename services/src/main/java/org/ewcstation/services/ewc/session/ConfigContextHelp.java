package org.ewcstation.services.ewc.session;

import java.time.Duration;
import java.util.List;

/**
 * Context help inside configuration mode: {@code configure terminal}, the mode-changing lines of {@code path}
 * (each must be one that changes nothing the controller holds, such as entering an existing profile), then
 * {@code partial ?} erased as in exec mode, and always {@code end}. A refused path line ends it with the
 * controller's words, as any configuration line does.
 */
public final class ConfigContextHelp {

    private ConfigContextHelp() {}

    public static ContextHelp help(EwcSession s, List<String> path, String partial) throws EwcException {
        return help(s, path, partial, List.of());
    }

    /**
     * As {@link #help(EwcSession, List, String)}, then {@code restore} (lines that undo what {@code path} changed,
     * e.g. the profile's previous download mode) before {@code end}.
     */
    public static ContextHelp help(EwcSession s, List<String> path, String partial, List<String> restore)
            throws EwcException {
        synchronized (s) {
            Duration timeout = s.settingsCommandTimeout();
            if (!s.mode().config()) {
                s.run("configure terminal", Answers.NONE, timeout, false);
            }
            try {
                for (String line : path) {
                    s.run(line, Answers.NONE, timeout, true);
                }
                ContextHelp h = new ContextHelpExchange(s).run(partial);
                for (String line : restore) {
                    s.run(line, Answers.NONE, timeout, true);
                }
                return h;
            } finally {
                if (s.isOpen() && s.mode().config()) {
                    s.run("end", Answers.NONE, timeout, false);
                }
            }
        }
    }
}
