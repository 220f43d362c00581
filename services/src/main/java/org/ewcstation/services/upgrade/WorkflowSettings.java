package org.ewcstation.services.upgrade;

import java.time.Duration;
import org.ewcstation.services.ewc.dialect.ActionLimits;

/**
 * The technician's settings for upgrades.
 *
 * @param rejoinTimeout how long the APs may stay away after activation before the run fails naming them
 * @param saveConfig {@code write memory} after a verified push, and "yes" to the reload's "Save?" question and to the
 *     install engine's {@code [y/n/q]}
 * @param actions how long start, abort, activate and commit may run on the controller before we stop waiting for
 *     their end (the run goes on: a time-out never ends it), and how often their progress is reported
 */
public record WorkflowSettings(Duration rejoinTimeout, boolean saveConfig, ActionLimits actions) {

    public static final WorkflowSettings DEFAULTS =
            new WorkflowSettings(Duration.ofMinutes(15), true, ActionLimits.DEFAULTS);

    public WorkflowSettings(Duration rejoinTimeout, boolean saveConfig) {
        this(rejoinTimeout, saveConfig, ActionLimits.DEFAULTS);
    }

    public WorkflowSettings withActions(ActionLimits a) {
        return new WorkflowSettings(rejoinTimeout, saveConfig, a);
    }
}
