package org.ewcstation.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.i18n.Units;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.upgrade.ApIssue;
import org.ewcstation.services.upgrade.Outcome;
import org.ewcstation.services.upgrade.Stage;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What {@code upgrade}, {@code activate}, {@code abort} and {@code push} share: the login, the controller's
 * workflow (the window's rules, the window's history), the printed stages and the answer before each step.
 *
 * <p>Exit codes: 0 the last requested step succeeded; 2 login, connection or usage; 3 refused before anything was
 * sent (the state does not allow it, the controller lacks the command, or nobody confirmed); 4 the controller or an
 * AP failed; 5 gave up waiting.
 */
abstract class WorkflowCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int CONNECTION = 2;
    static final int REFUSED = 3;
    static final int FAILED = 4;
    static final int GAVE_UP = 5;

    @ParentCommand
    EwcStationCommand parent;

    @Mixin
    EwcLogin login;

    @Option(
            names = "--yes",
            description = "Send the steps that change the network without asking (the lines are still printed).")
    boolean yes;

    @Option(names = "--json", description = "One JSON object a line on standard output instead of text.")
    boolean json;

    @Option(
            names = "--interval",
            defaultValue = "3s",
            converter = HumanDuration.class,
            description = "Poll interval while following (as 30s or 2m; default ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(
            names = "--give-up-after",
            defaultValue = "2h",
            converter = HumanDuration.class,
            description = "Stop following after this long (default ${DEFAULT-VALUE}).")
    Duration giveUpAfter;

    final PrintStream out = System.out;
    final PrintStream err = System.err;

    @Override
    public Integer call() throws InterruptedException {
        Messages m = login.messages();
        try (AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false))) {
            StagePrinter printer = new StagePrinter(m, out, err, json);
            ctx.workflows().addListener(printer);
            try (CliWorkflow w = CliWorkflow.connect(ctx, login, interval, printer, err)) {
                if (!w.ready(Duration.ofSeconds(60))) {
                    err.println(m.text(Msg.of("cli.upgrade.noPoll", login.endpoint())));
                    return CONNECTION;
                }
                TerminalConfirmer confirmer = new TerminalConfirmer(m, json ? err : out, yes, System.console());
                return run(w, confirmer, m);
            } catch (EwcException e) {
                err.println(m.text(e.msg()));
                return CONNECTION;
            } catch (IllegalStateException e) {
                err.println(e.getMessage());
                return CONNECTION;
            }
        }
    }

    abstract int run(CliWorkflow w, TerminalConfirmer confirmer, Messages m) throws InterruptedException;

    /** The exit code of a step that did not go on (or 0), after saying why, AP by AP for a refusal. */
    int exit(Outcome o, Messages m) {
        return switch (o) {
            case Outcome.Done d -> OK;
            case Outcome.Refused r -> {
                for (ApIssue i : r.aps()) {
                    err.println(m.text(Msg.of("upgrade.notReady.line", i.ap(), i.why())));
                }
                yield REFUSED;
            }
            case Outcome.Cancelled c -> REFUSED;
            case Outcome.Failed f -> FAILED;
        };
    }

    /** Follows the run until one of {@code until} (or a finished stage); the exit code for where it ended. */
    int follow(CliWorkflow w, Set<Stage> until, Messages m) throws InterruptedException {
        Set<Stage> stop = EnumSet.copyOf(until);
        stop.addAll(CliWorkflow.finished());
        if (!w.await(stop::contains, giveUpAfter)) {
            err.println(m.text(Msg.of("cli.push.gaveUp", Units.human(giveUpAfter))));
            return GAVE_UP;
        }
        return until.contains(w.workflow().stage()) ? OK : FAILED;
    }
}
