package org.ewcstation.simulator;

import java.util.Locale;

/**
 * A fault to inject, as {@code --fault KIND[=ARG]} on the command line or through {@link FaultControl}.
 *
 * <ul>
 *   <li>{@code wrong-path}: the controller asks the image server for {@code /Wrong-Path/<type>}, so the
 *       real server answers "file not found" (the seed's first failure).</li>
 *   <li>{@code unreachable}: the controller's TFTP/SFTP client talks to a silent socket and times out.</li>
 *   <li>{@code slow-link[=BYTES_PER_SECOND]}: the CAPWAP hand-off to the APs crawls (default 32768 B/s).</li>
 *   <li>{@code ap-reboot[=AP]}: that AP (default: the first AP the controller must fetch an image for)
 *       reboots half-way through its hand-off, rejoins and is retried.</li>
 *   <li>{@code corrupt}: one byte of every image the controller downloads is flipped; caught only when the
 *       simulator knows the expected images ({@code --bundle}).</li>
 *   <li>{@code refuse[=COMMAND]}: the command (default: the dialect's start command) answers an error.</li>
 *   <li>{@code drop-session[=COMMAND]}: the SSH connection is cut when the command (default
 *       {@code ap image predownload}) is entered.</li>
 * </ul>
 */
public record Fault(Kind kind, String arg) {

    /** The kinds of fault. */
    public enum Kind {
        WRONG_PATH,
        UNREACHABLE,
        SLOW_LINK,
        AP_REBOOT,
        CORRUPT,
        REFUSE,
        DROP_SESSION;

        public String flag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Fault {
        arg = arg == null ? "" : arg.trim();
        if (kind == Kind.SLOW_LINK && !arg.isEmpty() && !arg.matches("[1-9]\\d{0,12}")) {
            throw new IllegalArgumentException(
                    "slow-link takes a positive number of bytes per second, not '" + arg + "'");
        }
    }

    public static Fault of(Kind kind) {
        return new Fault(kind, "");
    }

    /** Parses {@code kind[=arg]}; throws IllegalArgumentException naming the accepted kinds. */
    public static Fault parse(String text) {
        String[] parts = text.split("=", 2);
        String k = parts[0].trim().toUpperCase(Locale.ROOT).replace('-', '_');
        Kind kind;
        try {
            kind = Kind.valueOf(k);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown fault '" + text + "'; use one of wrong-path, unreachable, "
                            + "slow-link[=B/s], ap-reboot[=AP], corrupt, refuse[=COMMAND], drop-session[=COMMAND]",
                    e);
        }
        return new Fault(kind, parts.length > 1 ? parts[1] : "");
    }

    /** The command a REFUSE or DROP_SESSION fault applies to. */
    public String command() {
        return arg.isEmpty() ? "ap image predownload" : arg;
    }

    /** Whether the fault hits {@code command}: the one named, or without a name either dialect's start command. */
    public boolean appliesTo(String command) {
        return arg.isEmpty()
                ? command.equals("ap image predownload") || command.equals("install add profile default")
                : arg.equals(command);
    }

    @Override
    public String toString() {
        return kind.flag() + (arg.isEmpty() ? "" : "=" + arg);
    }
}
