package org.ewcstation.app.gui;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.upgrade.Outcome;
import org.ewcstation.services.upgrade.RunPlans;
import org.ewcstation.services.upgrade.UpgradeWorkflow;
import org.ewcstation.services.upgrade.UpgradeWorkflows;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.ewc.ControllerItem;
import org.ewcstation.views.fx.Batcher;
import org.ewcstation.views.fx.Dialogs;

/**
 * Runs that a dead process (or a quit mid-run) left interrupted: said in the log at start, offered once when their
 * controller first answers, and resumed through that controller's workflow (History's "Resume watching" too).
 */
final class ResumeOffers {

    private final UpgradeWorkflows workflows;
    private final Executor background;
    private final Batcher<LogEntry> log;
    private final List<RunSummary> interrupted = new CopyOnWriteArrayList<>();

    ResumeOffers(UpgradeWorkflows workflows, Executor background, List<RunSummary> found, Batcher<LogEntry> log) {
        this.workflows = workflows;
        this.background = background;
        this.log = log;
        for (RunSummary r : found) {
            interrupted.add(r);
            log.offer(entry(Msg.of("history.interrupted", r.id())));
            log.offer(entry(Msg.of("history.interrupted.todo")));
        }
    }

    /** On the FX thread, at a poll of {@code c}: the newest run interrupted on it, offered once (Cancel is the default). */
    void offerFor(ControllerItem c, Dialogs dialogs) {
        Optional<RunSummary> r = interrupted.stream()
                .filter(x -> x.controller().equals(c.endpoint()))
                .max(Comparator.comparingLong(RunSummary::id));
        if (r.isEmpty()) {
            return;
        }
        interrupted.removeIf(x -> x.controller().equals(c.endpoint()));
        if (dialogs.confirm(
                "history.resume.title", Msg.of("history.resume.offer", r.get().id(), c.label()))) {
            resume(r.get())
                    .ifPresentOrElse(
                            why -> dialogs.error("history.resume.title", why),
                            () -> dialogs.notify(
                                    Msg.of("history.resumed", r.get().id()), false));
        }
    }

    /**
     * Watches the run again through its controller's workflow, in the background (it writes the history); empty when
     * it is on its way, else why it cannot (the controller is not connected). A later refusal goes to the log.
     */
    Optional<Msg> resume(RunSummary run) {
        Optional<UpgradeWorkflow> w = workflows.of(run.controller());
        if (w.isEmpty()) {
            return Optional.of(Msg.of("history.resume.notConnected", run.controller(), run.id()));
        }
        interrupted.removeIf(x -> x.id() == run.id());
        background.execute(() -> {
            Outcome o = w.get().resume(run.id(), RunPlans.of(run));
            if (o instanceof Outcome.Refused r) {
                log.offer(entry(r.reason()));
            }
        });
        return Optional.empty();
    }

    private static LogEntry entry(Msg m) {
        return new LogEntry(Instant.now(), LogEntry.Source.APP, "", LogEntry.Level.WARNING, m);
    }
}
