package org.ewcstation.services.history;

import java.util.Locale;

/** Where a run stands. Keys: {@code history.state.<name lower-case>}. */
public enum RunState {
    RUNNING,
    COMPLETED,
    FAILED,
    ABORTED,
    /** The app died while it ran (crash, kill -9, power loss); it can be resumed. */
    INTERRUPTED;

    public String key() {
        return "history.state." + name().toLowerCase(Locale.ROOT);
    }
}
