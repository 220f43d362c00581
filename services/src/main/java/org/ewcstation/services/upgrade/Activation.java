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

    Activation(UpgradeWorkflow w, RunObserver observer, RunJournal journal) {
        this.w = w;
        this.observer = observer;
        this.journal = journal;
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
        for (ActionForm f : forms) {
            try {
                w.port().perform(f);
                w.log(Severity.INFO, Msg.of("upgrade.log.sent", String.join(" ; ", f.lines())));
            } catch (EwcException e) {
                synchronized (w) {
                    journal.finish(RunState.FAILED);
                    w.move(Stage.FAILED);
                }
                return w.failed(e.msg());
            }
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
                .map(f -> f.answeringSave(w.settings().saveConfig()))
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
            ActionForm commit = observer.commitForm();
            if (commit != null) {
                w.port().perform(commit);
                w.log(Severity.INFO, Msg.of("upgrade.log.sent", String.join(" ; ", commit.lines())));
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
