package org.ewcstation.services.history;

import java.util.Locale;
import java.util.Set;

/**
 * What a run achieved, told apart where its {@link RunState} says only "completed". Stored as its name in
 * {@code upgrade_run.outcome}. Keys: {@code history.result.<name lower-case>}.
 */
public enum RunOutcome {
    RUNNING,
    /** Every AP holds the new image, waiting for activation. */
    PREDOWNLOADED,
    /** The new image was activated and the APs came back; the controller's release was not checked. */
    ACTIVATED,
    /** Every AP back on the new image and the controller on its new release. */
    VERIFIED,
    FAILED,
    ABORTED,
    INTERRUPTED;

    public String key() {
        return "history.result." + name().toLowerCase(Locale.ROOT);
    }

    /** What a finished run achieved, from its state and the marks on its timeline. */
    public static RunOutcome of(RunState state, Set<String> marks) {
        return switch (state) {
            case RUNNING -> RUNNING;
            case FAILED -> FAILED;
            case ABORTED -> ABORTED;
            case INTERRUPTED -> INTERRUPTED;
            case COMPLETED ->
                marks.contains("verified")
                        ? VERIFIED
                        : marks.contains("activating") || marks.contains("activated") || marks.contains("rejoined")
                                ? ACTIVATED
                                : PREDOWNLOADED;
        };
    }

    /** A stored code; blank or unknown (a newer app's) reads as what the state alone says. */
    public static RunOutcome parse(String code, RunState state) {
        if (state == RunState.RUNNING || state == RunState.INTERRUPTED) {
            return of(state, Set.of()); // a reopened or resumed run's earlier outcome no longer holds
        }
        try {
            return code == null || code.isBlank() ? of(state, Set.of()) : valueOf(code);
        } catch (IllegalArgumentException e) {
            return of(state, Set.of());
        }
    }

    /** The run ended well. */
    public boolean good() {
        return this == PREDOWNLOADED || this == ACTIVATED || this == VERIFIED;
    }
}
