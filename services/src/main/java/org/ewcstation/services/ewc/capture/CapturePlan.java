package org.ewcstation.services.ewc.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed list a field capture runs: read-only {@code show} commands, then the context help ({@code ?}) of
 * every form the upgrade's actions may take on one release or another (the {@code install} family, the 9800's
 * {@code ap image} family) and of the image-download profile's configuration modes. Context help lists what the
 * controller accepts without running anything; nothing else is ever typed but the mode changes that reach it.
 */
public final class CapturePlan {

    public enum Kind {
        SHOW,
        HELP,
        CONFIG_HELP
    }

    /** One step: what is typed, in which configuration mode path (empty in exec mode). */
    public record Step(Kind kind, String command, List<String> configPath, String partial) {

        public Step {
            configPath = List.copyOf(configPath);
        }

        /** The step's file name in the capture: its number and the command in plain letters. */
        public String file(int number) {
            String words = (configPath.isEmpty() ? "" : "config " + String.join(" ", configPath) + " ") + command;
            String slug = words.toLowerCase(Locale.ROOT)
                    .replace("?", " help")
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            return String.format(Locale.ROOT, "%02d-%s.txt", number, slug);
        }
    }

    public static final String DEFAULT_PROFILE = "wireless profile image-download default";
    public static final String SFTP_MODE = "image-download-mode sftp";
    public static final String RUNNING_PROFILE = "show running-config | section image-download";

    private static final List<String> SHOWS = List.of(
            "show version",
            "show ap summary",
            "show ap image",
            "show wireless ewc-ap predownload status",
            "show wireless ewc-ap ap image predownload status",
            RUNNING_PROFILE,
            "show logging | include INSTALL|Image");

    private static final List<String> ACTION_FORMS = List.of(
            "install",
            "install add",
            "install add profile",
            "install activate",
            "install commit",
            "ap image",
            "ap image predownload",
            "ap image swap",
            "ap image reset");

    private CapturePlan() {}

    public static List<Step> standard() {
        List<Step> l = new ArrayList<>();
        SHOWS.forEach(c -> l.add(new Step(Kind.SHOW, c, List.of(), null)));
        ACTION_FORMS.forEach(p -> l.add(new Step(Kind.HELP, p + " ?", List.of(), p)));
        l.add(configHelp(List.of(), "wireless profile image-download"));
        l.add(configHelp(List.of(DEFAULT_PROFILE), ""));
        l.add(configHelp(List.of(DEFAULT_PROFILE), "image-download-mode"));
        l.add(configHelp(List.of(DEFAULT_PROFILE, SFTP_MODE), ""));
        return List.copyOf(l);
    }

    private static Step configHelp(List<String> path, String partial) {
        return new Step(Kind.CONFIG_HELP, partial.isEmpty() ? "?" : partial + " ?", path, partial);
    }
}
