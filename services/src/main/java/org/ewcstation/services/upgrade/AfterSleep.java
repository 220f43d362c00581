package org.ewcstation.services.upgrade;

import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Severity;

/**
 * What a run does when the computer slept under it: the log says for how long and what that stretch of the run
 * missed, and the controller's state is asked for again before any time rule (the rejoin limit) judges the gap.
 */
final class AfterSleep {

    private AfterSleep() {}

    /** True when the run was affected (and its time rules should wait for the fresh poll). */
    static boolean react(UpgradeWorkflow w, SleepWatch.Slept slept) {
        Stage s = w.stage();
        if (!s.busy() && s != Stage.PREDOWNLOADED) {
            return false;
        }
        w.log(Severity.WARNING, Msg.of("upgrade.log.slept", slept.minutes(), Msg.of(s.key()), missed(s)));
        w.port().pollNow();
        return true;
    }

    static Msg missed(Stage s) {
        return switch (s) {
            case PREDOWNLOADING -> Msg.of("upgrade.slept.predownload");
            case PREDOWNLOADED -> Msg.of("upgrade.slept.waiting");
            default -> Msg.of("upgrade.slept.rejoin");
        };
    }
}
