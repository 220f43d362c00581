package org.ewcstation.services.upgrade;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.ewc.ops.ImageDownloadProfiles;
import org.ewcstation.services.ewc.ops.InvalidRequestException;
import org.ewcstation.services.ewc.ops.PushResult;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.history.RunState;

/**
 * One controller's upgrade as one state machine: the only place that decides what may happen next, for the
 * window and the command line alike. It has no toolkit and no I/O of its own: it drives the controller, the
 * history and the diagnoses through {@link ControllerPort} and {@link RunJournal}.
 *
 * <p>Every step that changes the network (start, abort, activate) is refused unless the stage allows it, shows
 * its exact lines to a {@link Confirmer} first, and sends nothing when the answer is no. Steps block (call them off
 * the FX thread); the lock is never held while the controller or the technician is asked, and one step runs at a
 * time.
 */
public final class UpgradeWorkflow {

    private volatile ControllerPort port;
    private final RunJournal journal;
    private final UpgradeListener listener;
    private final WorkflowSettings settings;
    private final Clock clock;
    private final RunObserver observer;
    private final Activation activation;
    private final LongStep longStep;
    private final StepOutcomes outcomes;
    private Stage stage = Stage.READY;
    private UpgradePlan plan;
    private boolean stepRunning;

    public UpgradeWorkflow(
            ControllerPort port, RunJournal journal, UpgradeListener listener, WorkflowSettings settings, Clock clock) {
        this.port = port;
        this.journal = journal;
        this.listener = listener;
        this.settings = settings;
        this.clock = clock;
        this.observer = new RunObserver(this, journal, listener, clock);
        this.longStep = new LongStep(this, clock);
        this.outcomes = new StepOutcomes(this, journal);
        this.activation = new Activation(this, observer, journal, longStep, outcomes);
    }

    public String controller() {
        return port.controller();
    }

    /**
     * Probes (once per connection) which upgrade commands the controller knows and says so in the log: the family
     * and each form chosen, or for each action it lacks, what was tried and how to do the step by hand. The
     * journal keeps it per controller for the controller's details.
     */
    public void describeDialect() {
        try {
            ControllerDialect d = port.dialect();
            journal.dialect(d);
            log(
                    Severity.INFO,
                    Msg.of("dialect.chosen", controller(), d.family().orElse("-"), String.join("; ", d.describe())));
            for (UpgradeAction a : d.tried().keySet()) {
                log(Severity.WARNING, d.unavailable(a));
            }
        } catch (EwcException e) {
            log(Severity.WARNING, e.msg());
        }
    }

    /** The controller was connected again (a new link to the same address): steps use the new one. */
    public synchronized void rebind(ControllerPort newPort) {
        if (!newPort.controller().equals(port.controller())) {
            throw new IllegalArgumentException(newPort.controller() + " is not " + port.controller());
        }
        port = newPort;
    }

    public synchronized Stage stage() {
        return stage;
    }

    public synchronized Optional<UpgradePlan> plan() {
        return Optional.ofNullable(plan);
    }

    /** True while a step talks to the controller: the window keeps its buttons disabled. */
    public synchronized boolean stepRunning() {
        return stepRunning;
    }

    public UpgradeProgress progress() {
        return observer.progress();
    }

    /** The history run being written for this controller, or -1. */
    public long runId() {
        return journal.runId();
    }

    // ---- Save -----------------------------------------------------------------------------------------------

    /** Pushes the profile, reads it back and verifies every field, then saves the configuration (a setting). */
    public Outcome save(UpgradePlan p) {
        Outcome refused = begin(s -> s.busy() ? Msg.of("upgrade.refused.busy", Msg.of(s.key())) : null);
        if (refused != null) {
            return refused;
        }
        try {
            log(
                    Severity.INFO,
                    Msg.of(
                            "upgrade.log.pushing",
                            p.profile().mode().keyword(),
                            p.profile().server(),
                            p.profile().path()));
            ImageDownloadProfiles.validate(p.profile()); // before anything is sent
            PushResult r = port.push(p.profile());
            r.sent().forEach(line -> log(Severity.INFO, Msg.of("upgrade.log.line", line)));
            if (!r.ok()) {
                r.problems().forEach(m -> log(Severity.WARNING, m));
                return failed(
                        r.problems().isEmpty()
                                ? Msg.of("upgrade.error.pushFailed")
                                : r.problems().getFirst());
            }
            log(
                    Severity.INFO,
                    Msg.of(
                            "upgrade.log.verified",
                            p.profile().mode().keyword(),
                            p.profile().server(),
                            p.profile().path()));
            if (settings.saveConfig()) {
                port.saveConfig();
                log(Severity.INFO, Msg.of("upgrade.log.configSaved"));
            }
            synchronized (this) {
                plan = p;
                observer.reset(p.apVersion());
                move(Stage.PROFILE_SAVED);
            }
            return new Outcome.Done(Stage.PROFILE_SAVED);
        } catch (EwcException e) {
            return failed(e.msg());
        } catch (InvalidRequestException e) {
            return failed(e.msg());
        } finally {
            end();
        }
    }

    // ---- Start ----------------------------------------------------------------------------------------------

    /** Starts the pre-download of the saved profile, after showing the exact line. */
    public Outcome start(Confirmer confirmer) {
        Outcome refused =
                begin(s -> s == Stage.PROFILE_SAVED ? null : Msg.of("upgrade.refused.startNeedsSave", Msg.of(s.key())));
        if (refused != null) {
            return refused;
        }
        try {
            ActionForm found = form(UpgradeAction.START);
            if (found == null) {
                return refused(dialect().unavailable(UpgradeAction.START));
            }
            Outcome pending = outcomes.pendingInstall(); // an uncommitted activation: the engine is not free
            if (pending != null) {
                return pending;
            }
            ActionForm form = found.answeringUnsaved(settings.saveConfig());
            List<ApStatus> aps = observer.latest();
            Confirmation c = new Confirmation(
                    controller(), Msg.of("upgrade.confirm.start", aps.size()), List.of(form), names(aps));
            if (!confirmer.confirm(c)) {
                log(Severity.INFO, Msg.of("upgrade.log.cancelled", Msg.of(UpgradeAction.START.key())));
                return new Outcome.Cancelled();
            }
            // Watch before sending: the controller's first requests arrive within milliseconds of the command.
            synchronized (this) {
                long run = journal.begin(plan, aps);
                observer.startDownload(aps);
                move(Stage.PREDOWNLOADING);
                log(Severity.INFO, Msg.of("history.started", run));
            }
            // the controller's stream is read to its end; a time-out or a dropped session never ends the run
            return outcomes.started(form, longStep.run(form));
        } catch (EwcException e) {
            return failed(e.msg());
        } finally {
            end();
        }
    }

    // ---- Abort ----------------------------------------------------------------------------------------------

    public Outcome abort(Confirmer confirmer) {
        Outcome refused = begin(
                s -> s == Stage.PREDOWNLOADING ? null : Msg.of("upgrade.refused.abortNotDownloading", Msg.of(s.key())));
        if (refused != null) {
            return refused;
        }
        try {
            ActionForm found = form(UpgradeAction.ABORT);
            if (found == null) {
                return refused(dialect().unavailable(UpgradeAction.ABORT));
            }
            ActionForm form = found.answeringUnsaved(settings.saveConfig());
            Confirmation c =
                    new Confirmation(controller(), Msg.of("upgrade.confirm.abort"), List.of(form), observer.scope());
            if (!confirmer.confirm(c)) {
                log(Severity.INFO, Msg.of("upgrade.log.cancelled", Msg.of(UpgradeAction.ABORT.key())));
                return new Outcome.Cancelled();
            }
            return outcomes.aborted(form, longStep.run(form));
        } catch (EwcException e) {
            return failed(e.msg());
        } finally {
            end();
        }
    }

    // ---- Activate -------------------------------------------------------------------------------------------

    /**
     * Swaps the APs onto the pre-downloaded image and reloads them and the controller. Refused, naming every AP
     * that is not ready and why, unless every AP in scope holds the target as its backup image right now.
     */
    public Outcome activate(Confirmer confirmer) {
        return activation.activate(confirmer);
    }

    // ---- What the poller and the clock tell -----------------------------------------------------------------

    /** Each poll of this controller (on the poller's thread). */
    public void onPoll(List<ApStatus> aps) {
        onPoll(aps, false);
    }

    /** {@code inProgress}: the controller's own counters say a download is moving ({@code show ap image}). */
    public void onPoll(List<ApStatus> aps, boolean inProgress) {
        boolean due;
        synchronized (this) {
            due = observer.onPoll(aps, inProgress, stage, stepRunning) && !stepRunning;
            stepRunning |= due;
        }
        if (due) {
            try {
                activation.finishRejoin();
            } finally {
                end();
            }
        }
    }

    /** The poller lost the controller (its reload, during the rejoin). */
    public synchronized void onControllerAway() {
        observer.controllerAway();
    }

    /** Time-based rules (the rejoin timeout); call every few seconds. */
    public synchronized void tick() {
        observer.tick(stage, settings.rejoinTimeout());
    }

    /**
     * The window closes or the terminal is interrupted: a run in progress ends Interrupted and can be resumed.
     * Returns whether one was.
     */
    public synchronized boolean interrupt() {
        if (!stage.busy()) {
            return false;
        }
        journal.finish(RunState.INTERRUPTED);
        move(Stage.INTERRUPTED);
        return true;
    }

    /** Watches an interrupted run again (its controller answers again); its stage follows from the next poll. */
    public synchronized Outcome resume(long runId, UpgradePlan p) {
        if (stage.busy() || stepRunning) {
            return new Outcome.Refused(Msg.of("upgrade.refused.busy", Msg.of(stage.key())));
        }
        plan = p;
        journal.resume(runId, p);
        observer.reset(p.apVersion());
        observer.startDownload(observer.latest());
        observer.resumed();
        move(Stage.PREDOWNLOADING);
        log(Severity.INFO, Msg.of("history.resumed", runId));
        port.pollNow();
        return new Outcome.Done(Stage.PREDOWNLOADING);
    }

    // ---- Used by the observer (under this object's lock) ----------------------------------------------------

    void move(Stage to) {
        Stage from = stage;
        if (from != to) {
            stage = to;
            listener.stageChanged(from, to);
        }
    }

    ControllerPort port() {
        return port;
    }

    synchronized UpgradePlan currentPlan() {
        return plan;
    }

    WorkflowSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    // ---- Plumbing -------------------------------------------------------------------------------------------

    interface Guard {
        Msg refusal(Stage s);
    }

    /** Claims the one step slot when the stage allows the step; otherwise the refusal. */
    synchronized Outcome begin(Guard guard) {
        if (stepRunning) {
            return refused(new Outcome.Refused(Msg.of("upgrade.refused.stepRunning")));
        }
        Msg why = guard.refusal(stage);
        if (why != null) {
            return refused(new Outcome.Refused(why));
        }
        stepRunning = true;
        return null;
    }

    synchronized void end() {
        stepRunning = false;
        listener.progress(observer.progress());
    }

    ControllerDialect dialect() throws EwcException {
        return port.dialect();
    }

    private ActionForm form(UpgradeAction a) throws EwcException {
        return dialect().form(a).orElse(null);
    }

    Outcome refused(Msg why) {
        return refused(new Outcome.Refused(why));
    }

    Outcome refused(Outcome.Refused r) {
        log(Severity.WARNING, r.reason());
        r.aps().forEach(i -> log(Severity.WARNING, Msg.of("upgrade.notReady.line", i.ap(), i.why())));
        return r;
    }

    Outcome failed(Msg why) {
        log(Severity.ERROR, why);
        return new Outcome.Failed(why);
    }

    void log(Severity level, Msg m) {
        listener.log(level, m);
    }

    /** A long action's heartbeat (or null at its end), for the stage bar. */
    void actionRunning(Msg heartbeat) {
        listener.actionRunning(heartbeat);
    }

    private static List<String> names(List<ApStatus> aps) {
        return aps.stream().map(ApStatus::name).toList();
    }
}
