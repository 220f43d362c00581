package org.ewcstation.services.upgrade;

import java.time.Duration;

/**
 * The technician's settings for upgrades.
 *
 * @param rejoinTimeout how long the APs may stay away after activation before the run fails naming them
 * @param saveConfig {@code write memory} after a verified push, and "yes" to the reload's "Save?" question
 */
public record WorkflowSettings(Duration rejoinTimeout, boolean saveConfig) {

    public static final WorkflowSettings DEFAULTS = new WorkflowSettings(Duration.ofMinutes(15), true);
}
