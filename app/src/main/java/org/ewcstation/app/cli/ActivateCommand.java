package org.ewcstation.app.cli;

import java.util.Set;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.upgrade.Outcome;
import org.ewcstation.services.upgrade.Stage;
import picocli.CommandLine.Command;

/**
 * {@code ewc-station activate}: swap every AP onto its pre-downloaded image and reload, then wait for the rejoin.
 * Refused (exit 3, each AP's reason printed, nothing sent) unless every AP holds one target version ready to swap.
 */
@Command(
        name = "activate",
        mixinStandardHelpOptions = true,
        description = "Activate the pre-downloaded images (APs and controller reload), then verify.")
public final class ActivateCommand extends WorkflowCommand {

    @Override
    int run(CliWorkflow w, TerminalConfirmer confirmer, Messages m) throws InterruptedException {
        Outcome o = w.workflow().activate(confirmer);
        if (!o.done()) {
            return exit(o, m);
        }
        return follow(w, Set.of(Stage.VERIFIED), m);
    }
}
