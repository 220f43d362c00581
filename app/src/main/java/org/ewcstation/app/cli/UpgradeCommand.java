package org.ewcstation.app.cli;

import java.util.Set;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.upgrade.Outcome;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.services.upgrade.UpgradePlan;
import org.ewcstation.services.upgrade.UpgradeWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ewc-station upgrade}: save the profile (read back and verified), pre-download, follow it; with
 * {@code --activate}, then activate, wait for every AP and the controller to come back, and verify. Each stage is
 * printed; the exit code is 0 only when the last requested stage succeeded.
 */
@Command(
        name = "upgrade",
        mixinStandardHelpOptions = true,
        description = "Save the profile, pre-download, and optionally activate and verify, with the window's rules.")
public final class UpgradeCommand extends WorkflowCommand {

    @Mixin
    ProfileOptions profile;

    @Option(
            names = "--activate",
            description = "Once every AP holds the new image, activate it and wait for the rejoin.")
    boolean activate;

    @Override
    int run(CliWorkflow w, TerminalConfirmer confirmer, Messages m) throws InterruptedException {
        UpgradePlan plan;
        try {
            plan = profile.plan();
        } catch (ProfileOptions.UsageException e) {
            err.println(m.text(e.msg()));
            return CONNECTION;
        }
        UpgradeWorkflow wf = w.workflow();
        Outcome o = wf.save(plan);
        if (!o.done()) {
            return exit(o, m);
        }
        o = wf.start(confirmer);
        if (!o.done()) {
            return exit(o, m);
        }
        int code = follow(w, Set.of(Stage.PREDOWNLOADED), m);
        if (code != OK || !activate) {
            return code;
        }
        o = wf.activate(confirmer);
        if (!o.done()) {
            return exit(o, m);
        }
        return follow(w, Set.of(Stage.VERIFIED), m);
    }
}
