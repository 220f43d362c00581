package org.ewcstation.services.power;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Listeners;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.services.upgrade.WorkflowEvents;

/**
 * Keeps the computer from sleeping while our servers send a file or a run is between its start and its end (the
 * pre-download, the activation, the rejoin): a laptop that sleeps mid-transfer fails the controller's pre-download.
 * It hears the servers' transfer events and the workflows' stage changes, and asks the OS through one
 * {@link SleepInhibitor}, always from its own single thread (Windows ties the request to the thread that made it).
 *
 * <p>After the last transfer ends the hold lasts a little longer ({@code linger}), so the APs fetching one after
 * another do not start and stop the OS's inhibitor for every file.
 */
public final class KeepAwake implements TransferListener, WorkflowEvents, AutoCloseable {

    /** APs of one wave fetch one after another, seconds apart: the hold outlasts the gaps between them. */
    public static final Duration LINGER = Duration.ofMinutes(1);

    private final SleepInhibitor inhibitor;
    private final ScheduledExecutorService thread;
    private final String why;
    private final Duration linger;
    private final Listeners<KeepAwakeListener> listeners = new Listeners<>();
    private final Set<Long> transfers = new HashSet<>();
    private final Set<String> runs = new TreeSet<>();
    private boolean enabled;
    // the rest is touched on the keep-awake thread only
    private boolean held;
    private boolean told;
    /** The OS refused during this stretch of work: asked again only when new work starts after a pause. */
    private boolean refusedNow;

    private Optional<Msg> problem = Optional.empty();
    private ScheduledFuture<?> pendingRelease;
    private volatile KeepAwakeState state;

    /**
     * @param thread a single-thread executor of our own that lives as long as the hold may (the composition root's)
     * @param why the reason the OS shows beside our name
     */
    public KeepAwake(
            SleepInhibitor inhibitor, ScheduledExecutorService thread, String why, Duration linger, boolean enabled) {
        this.inhibitor = inhibitor;
        this.thread = thread;
        this.why = why;
        this.linger = linger;
        this.enabled = enabled;
        this.state = new KeepAwakeState(enabled, false, 0, List.of(), Optional.empty());
    }

    public void addListener(KeepAwakeListener l) {
        listeners.add(l);
    }

    public void removeListener(KeepAwakeListener l) {
        listeners.remove(l);
    }

    public KeepAwakeState state() {
        return state;
    }

    /** The setting: off releases at once and asks nothing more of the OS. */
    public void setEnabled(boolean on) {
        synchronized (this) {
            enabled = on;
        }
        later(this::apply);
    }

    @Override
    public void onEvent(TransferEvent event) {
        boolean changed;
        synchronized (this) {
            changed = switch (event) {
                case TransferEvent.Started s -> transfers.add(s.id());
                case TransferEvent.Completed c -> transfers.remove(c.id());
                case TransferEvent.Failed f -> transfers.remove(f.id());
                default -> false;
            };
        }
        if (changed) {
            later(this::apply);
        }
    }

    @Override
    public void stageChanged(String controller, Stage from, Stage to) {
        synchronized (this) {
            if (needsAwake(to)) {
                runs.add(controller);
            } else {
                runs.remove(controller);
            }
        }
        later(this::apply);
    }

    /** After {@link #close()} the servers still report their last transfers failing: nothing is asked then. */
    private void later(Runnable r) {
        try {
            thread.execute(r);
        } catch (RejectedExecutionException e) {
            // closed: the hold was given back already
        }
    }

    /**
     * From the start of a run to its end: pre-downloading, waiting for the activation (the technician may activate
     * in the evening's maintenance window), activating and rejoining.
     */
    static boolean needsAwake(Stage s) {
        return s.busy() || s == Stage.PREDOWNLOADED;
    }

    /** Brings the OS's hold in line with the work (on the keep-awake thread). */
    private void apply() {
        boolean want;
        synchronized (this) {
            want = enabled && (!transfers.isEmpty() || !runs.isEmpty());
        }
        if (want) {
            cancelPendingRelease();
            if (!held && !refusedNow) {
                problem = inhibitor.hold(why);
                held = problem.isEmpty();
                refusedNow = !held;
                problem.ifPresent(this::tellOnce);
            }
        } else {
            refusedNow = false;
        }
        if (!want && held) {
            boolean disabled;
            synchronized (this) {
                disabled = !enabled;
            }
            if (disabled || linger.isZero()) {
                releaseNow();
            } else if (pendingRelease == null) {
                pendingRelease = thread.schedule(this::lingered, linger.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        publish();
    }

    private void lingered() {
        pendingRelease = null;
        synchronized (this) {
            if (enabled && (!transfers.isEmpty() || !runs.isEmpty())) {
                return;
            }
        }
        releaseNow();
        publish();
    }

    private void releaseNow() {
        cancelPendingRelease();
        if (held) {
            held = false;
            inhibitor.release();
        }
    }

    private void cancelPendingRelease() {
        if (pendingRelease != null) {
            pendingRelease.cancel(false);
            pendingRelease = null;
        }
    }

    private void tellOnce(Msg why) {
        if (!told) {
            told = true;
            listeners.fire("keep-awake notice", l -> l.notice(Severity.WARNING, Msg.of("power.log.failed", why)));
        }
    }

    private void publish() {
        KeepAwakeState s;
        synchronized (this) {
            s = new KeepAwakeState(
                    enabled, held, transfers.size(), runs.stream().toList(), held ? Optional.empty() : problem);
        }
        state = s;
        listeners.fire("keep-awake state", l -> l.changed(s));
    }

    /** The app quits: the hold is given back before anything else stops. */
    @Override
    public void close() {
        try {
            thread.submit(this::releaseNow).get(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the thread is gone or stuck: the child process ends with us anyway
        }
        thread.shutdownNow();
    }
}
