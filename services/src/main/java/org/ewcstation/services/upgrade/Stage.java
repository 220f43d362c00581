package org.ewcstation.services.upgrade;

import java.util.Locale;

/**
 * Where one controller's upgrade stands. Only {@link UpgradeWorkflow} moves it; everything else reads it.
 *
 * <pre>
 * READY → PROFILE_SAVED → PREDOWNLOADING → PREDOWNLOADED → ACTIVATING → REJOINING → VERIFIED
 *                              │ abort → ABORTED      (any step may end FAILED; quitting mid-run: INTERRUPTED)
 * </pre>
 */
public enum Stage {
    READY,
    /** The profile was pushed, read back and verified. */
    PROFILE_SAVED,
    PREDOWNLOADING,
    /** Every AP in scope holds the target version as its backup image, ready to swap. */
    PREDOWNLOADED,
    /** The activation commands are being sent. */
    ACTIVATING,
    /** APs (and the controller) reload onto the new images; each is waited for. */
    REJOINING,
    /** Every AP runs the target version, and the controller its new release. */
    VERIFIED,
    FAILED,
    ABORTED,
    /** The app was closed or killed mid-run; the run can be resumed. */
    INTERRUPTED;

    /** A run is in progress that quitting would interrupt. */
    public boolean busy() {
        return this == PREDOWNLOADING || this == ACTIVATING || this == REJOINING;
    }

    public boolean finished() {
        return this == VERIFIED || this == FAILED || this == ABORTED || this == INTERRUPTED;
    }

    /** {@code upgrade.stage.<name in camel case>}, e.g. {@code upgrade.stage.profileSaved}. */
    public String key() {
        String[] w = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder("upgrade.stage.").append(w[0]);
        for (int i = 1; i < w.length; i++) {
            b.append(Character.toUpperCase(w[i].charAt(0))).append(w[i].substring(1));
        }
        return b.toString();
    }
}
