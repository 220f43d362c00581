package org.ewcstation.app.cli;

import org.ewcstation.i18n.Messages;
import org.ewcstation.services.upgrade.Outcome;
import picocli.CommandLine.Command;

/** {@code ewc-station abort}: stop the pre-download in progress (refused, exit 3, when none is). */
@Command(name = "abort", mixinStandardHelpOptions = true, description = "Abort the pre-download in progress.")
public final class AbortCommand extends WorkflowCommand {

    @Override
    int run(CliWorkflow w, TerminalConfirmer confirmer, Messages m) {
        Outcome o = w.workflow().abort(confirmer);
        return exit(o, m);
    }
}
