package org.ewcstation.services.ewc.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ewcstation.services.ewc.model.InstalledPackage.InstallState;

/**
 * {@code show install summary}: where it was read ({@code R0}, {@code Chassis 1/R0 2/R0}), the packages with their
 * states, and the auto-abort timer.
 *
 * @param location the bracketed location of the header, "" when the header is missing
 * @param packages the rows, in the controller's order
 * @param autoAbortActive true when the auto-abort timer runs (an activation waits for its commit)
 * @param autoAbortDetail what follows {@code active}/{@code inactive} ({@code on install_activate}), or ""
 * @param timeBeforeRollback what is left before the controller rolls back as printed ({@code 01:49:42}), or ""
 */
public record InstallSummary(
        String location,
        List<InstalledPackage> packages,
        boolean autoAbortActive,
        String autoAbortDetail,
        String timeBeforeRollback) {

    public InstallSummary {
        packages = List.copyOf(packages);
    }

    /** The time left before the rollback, or null when the controller printed none. */
    public Duration rollbackIn() {
        String[] hms = timeBeforeRollback.split(":");
        if (hms.length != 3) {
            return null;
        }
        return Duration.ofHours(Long.parseLong(hms[0]))
                .plusMinutes(Long.parseLong(hms[1]))
                .plusSeconds(Long.parseLong(hms[2]));
    }

    /** The packages in {@code state}. */
    public List<InstalledPackage> inState(InstallState state) {
        List<InstalledPackage> out = new ArrayList<>();
        packages.forEach(p -> {
            if (p.state() == state) {
                out.add(p);
            }
        });
        return out;
    }

    /** True when an install waits for a commit or an abort (a {@code U} or {@code D} row, or the timer running). */
    public boolean pending() {
        return autoAbortActive
                || !inState(InstallState.UNCOMMITTED).isEmpty()
                || !inState(InstallState.DEACTIVATED).isEmpty();
    }

    /** The state of the image ({@code IMG}) of {@code release}, or null when the summary lists none. */
    public InstallState imageState(String release) {
        for (InstalledPackage p : packages) {
            if (p.type().equalsIgnoreCase("IMG") && sameRelease(p.version(), release)) {
                return p.state();
            }
        }
        return null;
    }

    /**
     * True when two version strings name the same release: their first three parts equal once leading zeros go
     * ({@code 17.09.04a.0.6} and {@code 17.9.4a}; {@code 17.12.04.0.11} and {@code 17.12.4}).
     */
    public static boolean sameRelease(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String[] x = a.strip().split("\\.");
        String[] y = b.strip().split("\\.");
        if (x.length < 3 || y.length < 3) {
            return a.strip().equalsIgnoreCase(b.strip());
        }
        for (int i = 0; i < 3; i++) {
            if (!part(x[i]).equals(part(y[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String part(String p) {
        String s = p.toLowerCase(Locale.ROOT).replaceFirst("^0+(?=\\d)", "");
        return s.isEmpty() ? "0" : s;
    }
}
