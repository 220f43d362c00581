package org.ewcstation.services.upgrade;

import java.util.ArrayList;
import java.util.List;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.history.RunState;

/**
 * The workflow's activation and its end: the rule that refuses it unless every AP is ready, the lines shown and
 * sent, and once every AP is back, the checks (images, controller release) and the commit. Part of
 * {@link UpgradeWorkflow}, whose lock and step slot it uses.
 */
final class Activation {

    private final UpgradeWorkflow w;
    private final RunObserver observer;
    private final RunJournal journal;
    private final LongStep longStep;
    private final StepOutcomes outcomes;
    private final ReloadCheck reload;
    private final InstallCheck install;

    Activation(UpgradeWorkflow w, RunObserver observer, RunJournal journal, LongStep longStep, StepOutcomes outcomes) {
        this.w = w;
        this.observer = observer;
        this.journal = journal;
        this.longStep = longStep;
        this.outcomes = outcomes;
        this.reload = new ReloadCheck(w);
        this.install = new InstallCheck(w);
    }

    /**
     * Swaps the APs onto the pre-downloaded image and reloads them and the controller. Refused, naming every AP
     * that is not ready and why, unless every AP in scope holds the target as its backup image right now.
     */
    Outcome activate(Confirmer confirmer) {
        Outcome refused = w.begin(s -> null);
        if (refused != null) {
            return refused;
        }
        try {
            Outcome notReady = activationRefusal();
            if (notReady != null) {
                return notReady;
            }
            ControllerDialect d = w.dialect();
            if (!d.canActivate()) {
                return w.refused(d.unavailable(d.missingActivation()));
            }
            List<ActionForm> now = activationForms(d);
            List<ActionForm> shown = new ArrayList<>(now);
            d.form(UpgradeAction.COMMIT).ifPresent(shown::add);
            Confirmation c = new Confirmation(
                    w.controller(),
                    Msg.of("upgrade.confirm.activate", observer.scope().size(), observer.target()),
                    shown,
                    observer.scope());
            if (!confirmer.confirm(c)) {
                w.log(Severity.INFO, Msg.of("upgrade.log.cancelled", Msg.of("upgrade.action.activate")));
                return new Outcome.Cancelled();
            }
            synchronized (w) {
                Outcome again = activationRefusal(); // the APs may have changed while the technician read
                if (again != null) {
                    return again;
                }
                journal.continueForActivation(w.controller(), observer.latest());
                journal.mark("activating");
                w.move(Stage.ACTIVATING);
            }
            return sendActivation(now, d);
        } catch (EwcException e) {
            return w.failed(e.msg());
        } finally {
            w.end();
        }
    }

    private Outcome sendActivation(List<ActionForm> forms, ControllerDialect d) {
        reload.sent();
        for (ActionForm f : forms) {
            LongStep.Result r = longStep.run(f);
            if (r instanceof LongStep.Result.Refused refused) {
                return outcomes.endFailed(refused.diagnosis()); // e.g. FAILED: after 90 s: no rejoin is awaited
            }
            if (r instanceof LongStep.Result.StillRunning) {
                break; // not taken for a reload: the rejoin waits for the controller to really leave
            }
            w.log(Severity.INFO, Msg.of("upgrade.log.sent", String.join(" ; ", f.lines())));
        }
        synchronized (w) {
            observer.startRejoin(d.form(UpgradeAction.COMMIT).orElse(null));
            w.move(Stage.REJOINING);
        }
        w.port().pollNow();
        return new Outcome.Done(Stage.REJOINING);
    }

    private List<ActionForm> activationForms(ControllerDialect d) {
        List<ActionForm> l = new ArrayList<>();
        d.form(UpgradeAction.ACTIVATE_APS).ifPresent(l::add);
        d.form(UpgradeAction.ACTIVATE_CONTROLLER)
                .map(f -> f.answeringSave(w.settings().saveConfig())
                        .answeringUnsaved(w.settings().saveConfig()))
                .ifPresent(l::add);
        return l;
    }

    /** Null when activation may go ahead now; otherwise the refusal naming every AP in the way. */
    private Outcome activationRefusal() {
        List<ApIssue> issues = observer.readiness();
        Stage stage = w.stage();
        if (stage == Stage.PREDOWNLOADED && issues.isEmpty()) {
            return null;
        }
        Msg why = stage == Stage.PREDOWNLOADED
                        || stage == Stage.PREDOWNLOADING
                        || stage == Stage.PROFILE_SAVED
                        || stage == Stage.READY
                ? Msg.of("upgrade.refused.notPredownloaded", issues.size())
                : Msg.of("upgrade.refused.activateStage", Msg.of(stage.key()));
        return w.refused(new Outcome.Refused(why, issues));
    }

    /** Sends the commit; false when the run ended Failed instead. */
    private boolean commit(ActionForm commit) {
        LongStep.Result r = longStep.run(commit.answeringUnsaved(w.settings().saveConfig()));
        if (r instanceof LongStep.Result.Refused refused) {
            outcomes.endFailed(refused.diagnosis());
            return false;
        }
        w.log(Severity.INFO, Msg.of("upgrade.log.sent", String.join(" ; ", commit.lines())));
        return true;
    }

    /**
     * The commit as the install state asks: sent only when the target is activated and uncommitted ({@code U}),
     * and the run verified only once the summary shows it committed ({@code C}); false when the run ended Failed.
     * A controller whose state cannot be read gets the commit the plan showed, unchecked (as it always did).
     */
    private boolean committed(ActionForm commit, String target) throws EwcException {
        InstallCheck.BeforeCommit b = install.beforeCommit(target);
        Diagnosis wrong = b.wrong();
        if (wrong == null && b.commit() == InstallCheck.Commit.SKIP) {
            return true;
        }
        if (wrong == null && !commit(commit)) {
            return false;
        }
        if (wrong == null && b.commit() == InstallCheck.Commit.SEND) {
            wrong = install.afterCommit(target);
        }
        if (wrong != null) {
            synchronized (w) {
                observer.fail(wrong);
            }
            return false;
        }
        return true;
    }

    /** Every AP is back: each must run the target, the controller its new release; then the commit, if any. */
    void finishRejoin() {
        synchronized (w) {
            Diagnosis wrong = observer.wrongImages();
            if (wrong != null) {
                observer.fail(wrong);
                return;
            }
        }
        try {
            VersionInfo v = w.port().identify();
            String expected = w.currentPlan() == null ? null : w.currentPlan().controllerVersion();
            if (expected != null && !Releases.same(expected, v.version())) {
                synchronized (w) {
                    observer.fail(observer.controllerMismatch(String.valueOf(v.version()), expected));
                }
                return;
            }
            Diagnosis notReloaded = reload.confirm(v);
            if (notReloaded != null) {
                synchronized (w) {
                    observer.fail(notReloaded);
                }
                return;
            }
            ActionForm commit = observer.commitForm();
            if (commit != null && !committed(commit, expected)) {
                return;
            }
            synchronized (w) {
                observer.verified();
            }
        } catch (EwcException e) {
            synchronized (w) {
                journal.finish(RunState.FAILED);
                w.move(Stage.FAILED);
            }
            w.failed(e.msg());
        }
    }
}
