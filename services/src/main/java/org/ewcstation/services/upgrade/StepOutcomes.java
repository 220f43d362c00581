package org.ewcstation.services.upgrade;

import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.history.RunState;

/**
 * What the workflow makes of a long action's result: a refusal ends the run Failed with the controller's words and
 * advice; a wait that ended (time-out, dropped session) never ends it: the step is said to be still running on the
 * controller and the polls (and the install state) decide. Part of {@link UpgradeWorkflow}; called without its lock.
 */
final class StepOutcomes {

    private final UpgradeWorkflow w;
    private final RunJournal journal;
    private final InstallCheck install;

    StepOutcomes(UpgradeWorkflow w, RunJournal journal) {
        this.w = w;
        this.journal = journal;
        this.install = new InstallCheck(w);
    }

    /**
     * Before Start is offered: null when it may go ahead; a refusal (with the release, its state and the auto-abort
     * deadline, and the advice) while an earlier install is activated but not committed.
     */
    Outcome pendingInstall() throws EwcException {
        Diagnosis d = install.beforeStart();
        if (d == null) {
            return null;
        }
        w.log(d.severity(), d.message());
        w.log(d.severity(), d.action());
        return new Outcome.Refused(d.message());
    }

    /** After the start's line: the run stays in the download stage unless the controller refused it. */
    Outcome started(ActionForm form, LongStep.Result r) {
        if (r instanceof LongStep.Result.Refused f) {
            return endFailed(f.diagnosis());
        }
        if (r instanceof LongStep.Result.StillRunning s) {
            stateAfterWait(s);
        } else {
            w.log(Severity.INFO, Msg.of("upgrade.log.started", String.join(" ; ", form.lines())));
        }
        w.port().pollNow();
        return new Outcome.Done(Stage.PREDOWNLOADING);
    }

    /** After the abort's line: a refused abort leaves the download running (and watched). */
    Outcome aborted(ActionForm form, LongStep.Result r) {
        if (r instanceof LongStep.Result.Refused f) {
            report(f.diagnosis());
            return new Outcome.Failed(f.diagnosis().message());
        }
        if (r instanceof LongStep.Result.StillRunning s) {
            stateAfterWait(s); // the polls show the APs aborted, and the observer ends the run Aborted
            w.port().pollNow();
            return new Outcome.Done(Stage.PREDOWNLOADING);
        }
        synchronized (w) {
            journal.finish(RunState.ABORTED);
            w.move(Stage.ABORTED);
        }
        w.log(Severity.WARNING, Msg.of("upgrade.log.aborted", String.join(" ; ", form.lines())));
        w.port().pollNow();
        return new Outcome.Done(Stage.ABORTED);
    }

    /** The run ends Failed: the diagnosis (the controller's words, what to do) is stored and shown. */
    Outcome endFailed(Diagnosis d) {
        synchronized (w) {
            journal.diagnosis(d);
            journal.finish(RunState.FAILED);
            w.move(Stage.FAILED);
        }
        w.log(d.severity(), d.message());
        w.log(d.severity(), d.action());
        return new Outcome.Failed(d.message());
    }

    private void report(Diagnosis d) {
        journal.diagnosis(d);
        w.log(d.severity(), d.message());
        w.log(d.severity(), d.action());
    }

    /**
     * Our wait ended, the controller's action perhaps not: what it does now is read from the controller (a fresh
     * session: the poller's and the install state), not assumed.
     */
    private void stateAfterWait(LongStep.Result.StillRunning s) {
        try {
            install.describe().ifPresent(m -> w.log(Severity.INFO, m));
        } catch (EwcException e) {
            w.log(Severity.WARNING, e.msg()); // the polls still decide
        }
    }
}
