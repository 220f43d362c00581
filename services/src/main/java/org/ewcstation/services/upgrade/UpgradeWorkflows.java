package org.ewcstation.services.upgrade;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Listeners;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.UpgradeHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One workflow per controller, each with its own journal, kept for the app's life: reconnecting to a controller
 * finds its workflow (and its run) again, and one run at a time per controller follows from it. The composition root
 * creates it; the window and the command line ask it for a controller's workflow.
 */
public final class UpgradeWorkflows implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeWorkflows.class);

    static final long TICK_SECONDS = 5;

    private final HistoryJournal.Sources sources;
    private final Supplier<WorkflowSettings> settings;
    private final Map<String, Entry> byController = new ConcurrentHashMap<>();
    private final Listeners<WorkflowEvents> listeners = new Listeners<>();
    private final ScheduledFuture<?> ticking;
    private final SleepWatch sleepWatch;

    private record Entry(UpgradeWorkflow workflow, HistoryJournal journal) {}

    public UpgradeWorkflows(
            HistoryJournal.Sources sources, Supplier<WorkflowSettings> settings, ScheduledExecutorService ticker) {
        this(sources, settings, ticker, SleepWatch.system());
    }

    /** {@code sleepWatch}: looked at on every tick, so a suspend is noticed within seconds of waking. */
    public UpgradeWorkflows(
            HistoryJournal.Sources sources,
            Supplier<WorkflowSettings> settings,
            ScheduledExecutorService ticker,
            SleepWatch sleepWatch) {
        this.sources = sources;
        this.settings = settings;
        this.sleepWatch = sleepWatch;
        this.ticking = ticker.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    public void addListener(WorkflowEvents l) {
        listeners.add(l);
    }

    public void removeListener(WorkflowEvents l) {
        listeners.remove(l);
    }

    /** The workflow of this controller, created on first use; a new link to it replaces the old one. */
    public UpgradeWorkflow attach(ControllerPort port, Supplier<VersionInfo> version) {
        Entry e = byController.compute(port.controller(), (k, old) -> {
            if (old != null) {
                old.workflow().rebind(port);
                return old;
            }
            return create(port, version);
        });
        return e.workflow();
    }

    public Optional<UpgradeWorkflow> of(String controller) {
        return Optional.ofNullable(byController.get(controller)).map(Entry::workflow);
    }

    /** The workflows with a run in progress (the window asks before quitting over them). */
    public List<UpgradeWorkflow> busy() {
        return byController.values().stream()
                .map(Entry::workflow)
                .filter(w -> w.stage().busy())
                .toList();
    }

    /** Quitting: every run in progress ends Interrupted, resumable at the next start. */
    public void interruptAll() {
        byController.values().forEach(e -> e.workflow().interrupt());
    }

    /** Runs a dead process left RUNNING are marked Interrupted; call once at start, before anything records. */
    public List<RunSummary> markInterrupted() {
        return sources.history().markInterrupted();
    }

    public UpgradeHistory history() {
        return sources.history();
    }

    private Entry create(ControllerPort port, Supplier<VersionInfo> version) {
        String c = port.controller();
        HistoryJournal journal = new HistoryJournal(sources, c, version, d -> fire(l -> l.diagnosis(c, d)));
        UpgradeListener events = new UpgradeListener() {
            @Override
            public void stageChanged(Stage from, Stage to) {
                fire(l -> l.stageChanged(c, from, to));
            }

            @Override
            public void log(Severity level, Msg message) {
                fire(l -> l.log(c, level, message));
            }

            @Override
            public void progress(UpgradeProgress progress) {
                fire(l -> l.progress(c, progress));
            }

            @Override
            public void actionRunning(Msg heartbeat) {
                fire(l -> l.actionRunning(c, heartbeat));
            }
        };
        UpgradeWorkflow w = new UpgradeWorkflow(port, journal, events, settings.get(), sources.clock());
        return new Entry(w, journal);
    }

    private void fire(Consumer<WorkflowEvents> call) {
        listeners.fire("workflow event", call);
    }

    void tick() {
        Optional<SleepWatch.Slept> slept = sleepWatch.look();
        slept.ifPresent(s -> LOG.warn("This computer slept for {} min ({} to {})", s.minutes(), s.from(), s.to()));
        for (Entry e : byController.values()) {
            e.journal().tick();
            if (slept.isPresent() && AfterSleep.react(e.workflow(), slept.get())) {
                continue; // the rejoin limit is judged on the next tick, after the fresh poll
            }
            e.workflow().tick();
        }
    }

    @Override
    public void close() {
        ticking.cancel(false);
        byController.values().forEach(e -> e.journal().close());
    }

    /** The clock the runs are timed with. */
    public Clock clock() {
        return sources.clock();
    }
}
