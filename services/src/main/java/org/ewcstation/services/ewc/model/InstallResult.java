package org.ewcstation.services.ewc.model;

import java.util.List;

/**
 * What an install-family command's output says ({@code install add profile default}, {@code install activate},
 * {@code install commit}, {@code install abort}, {@code install remove}).
 *
 * @param status how far the output goes
 * @param operation the engine's name for the operation ({@code install_add}, {@code add_activate_commit}), or ""
 * @param failure the controller's own failing lines, in order (empty unless FAILED)
 * @param lastProgress the last progress line, for a heartbeat ("" when none)
 * @param cause a known failure cause, or null
 * @param causeArgs the cause's arguments (the file that was not found, ...)
 */
public record InstallResult(
        Status status,
        String operation,
        List<String> failure,
        String lastProgress,
        InstallFailure cause,
        List<String> causeArgs) {

    public InstallResult {
        failure = List.copyOf(failure);
        causeArgs = List.copyOf(causeArgs);
    }

    /** How far an install operation's output goes. */
    public enum Status {
        /** Ended with {@code SUCCESS:}. */
        SUCCESS,
        /** A {@code FAILED:}, {@code ERROR:}, {@code ... Failed on [..]} or {@code %INSTALL-3-...} line. */
        FAILED,
        /** Progress, but no end yet (the engine is still working). */
        RUNNING,
        /** Nothing of the install engine in the text. */
        NONE
    }

    /** The controller's failing words on one line each, as one text. */
    public String failureText() {
        return String.join("\n", failure);
    }
}
