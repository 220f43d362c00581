package org.ewcstation.services.history;

import java.util.Locale;
import org.ewcstation.services.ewc.model.PredownloadPhase;

/** Where one AP ended up in a run, from the last status the controller reported. Keys: {@code history.outcome.*}. */
public enum ApOutcome {
    /** The pre-download finished: the new image waits on the AP for activation. */
    DOWNLOADED,
    /** Failed, aborted, or the AP does not support a pre-download. */
    FAILED,
    /** Not finished (still moving, never started, or the run was stopped before it settled). */
    PENDING;

    public static ApOutcome of(String lastStatus) {
        PredownloadPhase phase = PredownloadPhase.of(lastStatus);
        return switch (phase) {
            case COMPLETE -> DOWNLOADED;
            case FAILED, ABORTED, NOT_SUPPORTED -> FAILED;
            default -> PENDING;
        };
    }

    public String key() {
        return "history.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
