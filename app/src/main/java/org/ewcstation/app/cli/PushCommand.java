package org.ewcstation.app.cli;

import java.util.Set;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.upgrade.Outcome;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.services.upgrade.UpgradePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ewc-station push}: push the image-download profile and read it back; with {@code --start}, start the
 * pre-download and follow it to the end. The shortcut of {@code upgrade}, on the same workflow and history. Exit
 * codes: 0 done, 2 connection/usage, 3 push refused or not verified, or start refused, 4 an AP failed, 5 gave up.
 */
@Command(
        name = "push",
        mixinStandardHelpOptions = true,
        description = "Push the image-download profile to a controller and start the pre-download.")
public final class PushCommand extends WorkflowCommand {

    @Mixin
    ProfileOptions profile;

    @Option(names = "--start", description = "Start the pre-download after a verified push and follow it.")
    boolean start;

    @Override
    int run(CliWorkflow w, TerminalConfirmer confirmer, Messages m) throws InterruptedException {
        UpgradePlan plan;
        try {
            plan = profile.plan();
        } catch (ProfileOptions.UsageException e) {
            err.println(m.text(e.msg()));
            return CONNECTION;
        }
        Outcome o = w.workflow().save(plan);
        if (!o.done()) {
            return o instanceof Outcome.Failed ? REFUSED : exit(o, m);
        }
        if (!start) {
            return OK;
        }
        o = w.workflow().start(confirmer);
        if (!o.done()) {
            // the install command was sent and the controller's engine answered FAILED: a failure, not a refusal
            return exit(o, m);
        }
        return follow(w, Set.of(Stage.PREDOWNLOADED), m);
    }
}
