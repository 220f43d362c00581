package org.ewcstation.services.upgrade;

import java.time.Instant;
import java.util.List;
import org.ewcstation.services.ewc.poll.ApStatus;

/**
 * The workflow's view of the run after a poll: the stage, how far it is overall (0-100), and the APs that left
 * the controller to reboot and are awaited (shown in the AP table as "rebooting, waiting to rejoin m:ss").
 *
 * @param done APs finished with this stage (pre-downloaded, or back on the new image)
 * @param target the AP image version the run ends with, when known
 */
public record UpgradeProgress(
        Stage stage, int total, int done, int failed, int percent, String target, List<Rebooting> rebooting) {

    public UpgradeProgress {
        rebooting = List.copyOf(rebooting);
    }

    /** An AP that left to reload: its last row, and since when it is away. */
    public record Rebooting(ApStatus last, Instant since) {}

    public static UpgradeProgress idle(Stage stage) {
        return new UpgradeProgress(stage, 0, 0, 0, 0, null, List.of());
    }
}
