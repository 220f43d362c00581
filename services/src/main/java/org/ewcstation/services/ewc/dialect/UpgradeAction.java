package org.ewcstation.services.ewc.dialect;

import java.util.Locale;

/**
 * The commands of an upgrade that change the network. Which exact lines perform each one depends on the
 * controller (its dialect, probed with {@code ?}); the upgrade workflow decides when each may be sent.
 */
public enum UpgradeAction {
    /** Download the new images to every AP (and the controller) without activating them. */
    START,
    /** Stop a pre-download in progress. */
    ABORT,
    /** Make the pre-downloaded AP image the primary one and reload the APs onto it. */
    ACTIVATE_APS,
    /** Reload the controller onto its new code (on an EWC this also reloads the AP that hosts it). */
    ACTIVATE_CONTROLLER,
    /** Make the activated release permanent (install dialects; without it a timer rolls back). */
    COMMIT;

    /** {@code upgrade.action.<name in camel case>}: what the action is called in the window and on the command line. */
    public String key() {
        return "upgrade.action." + camel();
    }

    /** {@code dialect.manual.<name>}: how to do the step by hand when the controller knows no form of it. */
    public String manualKey() {
        return "dialect.manual." + camel();
    }

    private String camel() {
        String[] w = name().toLowerCase(Locale.ROOT).split("_");
        return w.length == 1 ? w[0] : w[0] + Character.toUpperCase(w[1].charAt(0)) + w[1].substring(1);
    }
}
