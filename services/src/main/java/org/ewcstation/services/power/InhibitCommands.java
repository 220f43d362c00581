package org.ewcstation.services.power;

import java.util.List;

/**
 * The command lines that hold a sleep inhibition as long as the child process lives. Both end by themselves when
 * this process dies, so a crash never leaves the computer awake for good: logind's inhibitor lasts while its
 * command runs, and that command ({@code cat}) ends at the end of its input, our pipe; {@code caffeinate -w} ends
 * with the process it watches.
 */
public final class InhibitCommands {

    /** What we tell logind we block: suspend and hibernate (sleep) and the idle timer's action (idle). */
    static final String LOGIND_WHAT = "sleep:idle";

    static final String WHO = "EWC Station";

    private InhibitCommands() {}

    /** Linux: {@code systemd-inhibit --what=sleep:idle --who="EWC Station" --why=… --mode=block cat}. */
    public static List<String> logind(String executable, String why) {
        return List.of(executable, "--what=" + LOGIND_WHAT, "--who=" + WHO, "--why=" + why, "--mode=block", "cat");
    }

    /** macOS: {@code caffeinate -i -w <pid>}: no idle sleep while the process {@code pid} (ours) lives. */
    public static List<String> caffeinate(String executable, long pid) {
        return List.of(executable, "-i", "-w", Long.toString(pid));
    }
}
