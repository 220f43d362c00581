package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.session.ContextHelp;

/**
 * The controller outputs this tool reads: which command prints each, how to tell one from its text, and its
 * parser. {@link #cliName()} is the name {@code ewc-station parse} takes.
 */
public enum OutputKind {
    SHOW_VERSION("show-version", "show version"),
    SHOW_AP_SUMMARY("show-ap-summary", "show ap summary"),
    SHOW_AP_IMAGE("show-ap-image", "show ap image"),
    PREDOWNLOAD_STATUS("show-predownload-status", "show wireless ewc-ap predownload status"),
    AP_PREDOWNLOAD_STATUS("show-ap-predownload-status", "show wireless ewc-ap ap image predownload status"),
    IMAGE_DOWNLOAD_CONFIG("show-image-download-profile", "show running-config"),
    LOGGING("show-logging", "show logging"),
    SHOW_INSTALL_SUMMARY("show-install-summary", "show install summary"),
    CONTEXT_HELP("context-help", "?");

    private static final Pattern LOG_LINE = Pattern.compile("%[A-Z0-9_]+-\\d-[A-Z0-9_]+:");
    private static final Pattern STATUS_LINE = Pattern.compile("(?im)^\\s*Predownload Status\\s*:");
    private static final Pattern ERROR_LINE = Pattern.compile("(?im)^\\s*Predownload Error\\s*:");
    private static final Pattern HELP_LINE = Pattern.compile("(?m)^\\s*<cr>|^\\s*% (Invalid input|Unrecognized)");

    private final String cliName;
    private final String command;

    OutputKind(String cliName, String command) {
        this.cliName = cliName;
        this.command = command;
    }

    public String cliName() {
        return cliName;
    }

    /** The IOS command that prints this output. */
    public String command() {
        return command;
    }

    public static OutputKind ofCliName(String name) {
        for (OutputKind k : values()) {
            if (k.cliName.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    /** The kind a typed command prints, abbreviations and output modifiers allowed ({@code sh ap im | i AP}). */
    public static OutputKind ofCommand(String typed) {
        String t = typed.strip();
        if (t.endsWith("?")) {
            return CONTEXT_HELP;
        }
        int pipe = t.indexOf('|');
        List<String> words = Lines.tokens((pipe < 0 ? t : t.substring(0, pipe)).toLowerCase(Locale.ROOT));
        for (OutputKind k : values()) {
            if (k != CONTEXT_HELP && abbreviates(words, Lines.tokens(k.command))) {
                return k;
            }
        }
        return null;
    }

    private static boolean abbreviates(List<String> typed, List<String> full) {
        if (typed.size() != full.size()) {
            return false;
        }
        for (int i = 0; i < typed.size(); i++) {
            if (!full.get(i).startsWith(typed.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The kind {@code text} looks like from its content alone, or null. */
    public static OutputKind detect(String text) {
        List<String> heads = new ArrayList<>();
        for (String l : Lines.split(text)) {
            String s = l.strip().toLowerCase(Locale.ROOT);
            if (s.startsWith("ap name")) {
                heads.add(s);
            }
        }
        if (heads.stream().anyMatch(h -> h.contains("percent") || h.contains("eta"))) {
            return AP_PREDOWNLOAD_STATUS;
        }
        if (heads.stream().anyMatch(h -> h.contains("primary image")) || text.contains("Predownload in progress")) {
            return SHOW_AP_IMAGE;
        }
        if (heads.stream().anyMatch(h -> h.contains("ap model")) || text.contains("Number of APs:")) {
            return SHOW_AP_SUMMARY;
        }
        if (STATUS_LINE.matcher(text).find() && ERROR_LINE.matcher(text).find()) {
            return PREDOWNLOAD_STATUS;
        }
        if (ShowInstallSummaryParser.looksLikeSummary(text)) {
            return SHOW_INSTALL_SUMMARY;
        }
        if (ShowVersionParser.looksLikeVersion(text)) {
            return SHOW_VERSION;
        }
        if (text.contains("wireless profile image-download ")) {
            return IMAGE_DOWNLOAD_CONFIG;
        }
        if (text.contains("Syslog logging:") || LOG_LINE.matcher(text).find()) {
            return LOGGING;
        }
        return HELP_LINE.matcher(text).find() ? CONTEXT_HELP : null;
    }

    /** Parses {@code text} as this kind of output. */
    public Parsed<?> parse(String text) {
        return switch (this) {
            case SHOW_VERSION -> new ShowVersionParser().parse(text);
            case SHOW_AP_SUMMARY -> new ShowApSummaryParser().parse(text);
            case SHOW_AP_IMAGE -> new ShowApImageParser().parse(text);
            case PREDOWNLOAD_STATUS -> new PredownloadStatusParser().parse(text);
            case AP_PREDOWNLOAD_STATUS -> new ApProgressParser().parse(text);
            case IMAGE_DOWNLOAD_CONFIG -> new ImageDownloadProfileParser().parseAll(imageDownloadSection(text));
            // show logging's header lines are not log lines, and not problems either
            case LOGGING -> new Parsed<>(new IosLogParser().parse(text).value(), List.of());
            case SHOW_INSTALL_SUMMARY -> new ShowInstallSummaryParser().parse(text);
            case CONTEXT_HELP -> new Parsed<>(help(text), List.of());
        };
    }

    /** The {@code wireless profile image-download} blocks of a whole or filtered running configuration. */
    private static String imageDownloadSection(String config) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String l : Lines.split(config)) {
            if (!l.startsWith(" ")) {
                in = l.startsWith("wireless profile image-download ");
            }
            if (in) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    /** Context help as saved: the offered lines, and the controller's {@code %} error with its caret line. */
    static ContextHelp help(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder error = new StringBuilder();
        boolean complete = false;
        for (String l : Lines.split(text)) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("%") || s.equals("^")) {
                error.append(error.isEmpty() ? "" : "\n").append(l.stripTrailing());
            } else {
                lines.add(l.stripTrailing());
                complete |= s.startsWith("<cr>");
            }
        }
        return new ContextHelp("", lines, complete, error.isEmpty() ? null : error.toString());
    }
}
