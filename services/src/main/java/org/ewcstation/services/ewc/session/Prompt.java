package org.ewcstation.services.ewc.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the IOS-XE prompt at the end of the output. Before the hostname is known any
 * {@code name[(config...)]>|#} ending the output counts; afterwards only prompts that begin with the
 * hostname (IOS may shorten a long hostname in configuration prompts, so its first 16 characters).
 */
final class Prompt {

    private static final Pattern ANY =
            Pattern.compile("(?:^|\\n)([A-Za-z0-9][A-Za-z0-9._:/\\-]*)(\\(config[^)\\s]*\\))?([>#])\\s?$");

    private Pattern pattern = ANY;
    private String hostname;

    /** The prompt ending {@code cleaned}, or null. */
    Match find(String cleaned) {
        Matcher m = pattern.matcher(cleaned);
        if (!m.find()) {
            return null;
        }
        String host = m.group(1);
        String cfg = m.group(2);
        CliMode mode;
        if (cfg != null) {
            String sub = cfg.substring("(config".length(), cfg.length() - 1);
            mode = new CliMode(CliMode.Level.CONFIG, sub.startsWith("-") ? sub.substring(1) : null);
        } else {
            mode = m.group(3).equals("#") ? CliMode.PRIVILEGED : CliMode.USER;
        }
        String text = cleaned.substring(m.start() + (cleaned.charAt(m.start()) == '\n' ? 1 : 0));
        return new Match(host, mode, text);
    }

    /** Fixes the hostname once learnt from the first prompt. */
    void learn(String host) {
        this.hostname = host;
        String prefix = Pattern.quote(host.length() > 16 ? host.substring(0, 16) : host);
        pattern = Pattern.compile("(?:^|\\n)(" + prefix + "[A-Za-z0-9._:/\\-]*)(\\(config[^)\\s]*\\))?([>#])\\s?$");
    }

    String hostname() {
        return hostname;
    }

    record Match(String host, CliMode mode, String text) {}
}
