package org.ewcstation.services.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ewcstation.services.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored upgrade runs. {@link #start} opens a run and returns the recorder that writes each event as it
 * happens; at app start {@link #markInterrupted} finds runs whose process died and marks them, and
 * {@link #resume} lets the user watch such a run again.
 */
public final class UpgradeHistory {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeHistory.class);

    private final Store store;
    private final Clock clock;
    private final HistoryReader reader;
    private final ControllerDialects dialects;

    public UpgradeHistory(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.reader = new HistoryReader(store);
        this.dialects = new ControllerDialects(store, clock);
    }

    /** What each controller's context help accepted, as last probed. */
    public ControllerDialects dialects() {
        return dialects;
    }

    public RunRecorder start(RunInfo info) {
        ProcessHandle me = ProcessHandle.current();
        long id = store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO upgrade_run(controller, controller_version, bundle_path, bundle_version, mode, "
                            + "server, started_at, state, owner_pid, owner_started, controller_name, controller_model, "
                            + "controller_serial) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, info.controller());
                ps.setString(2, nz(info.controllerVersion()));
                ps.setString(3, info.bundlePath());
                ps.setString(4, nz(info.bundleVersion()));
                ps.setString(5, info.mode().name());
                ps.setString(6, info.server());
                ps.setString(7, clock.instant().toString());
                ps.setString(8, RunState.RUNNING.name());
                ps.setLong(9, me.pid());
                ps.setString(10, startOf(me));
                ps.setString(11, info.identity().name());
                ps.setString(12, info.identity().model());
                ps.setString(13, info.identity().serial());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        LOG.info(
                "Upgrade run {} started: {} with {} over {}",
                id,
                info.identity().label(info.controller()),
                info.bundlePath(),
                info.mode());
        return new RunRecorder(store, clock, id);
    }

    /**
     * Marks every RUNNING run whose writing process is gone as INTERRUPTED and returns them. Call once at
     * start-up, before anything records.
     */
    public List<RunSummary> markInterrupted() {
        List<Long> dead = store.withConnection(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id, owner_pid, owner_started FROM upgrade_run WHERE state = ?")) {
                ps.setString(1, RunState.RUNNING.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!alive(rs.getLong(2), rs.getString(3))) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            return ids;
        });
        List<RunSummary> out = new ArrayList<>();
        for (long id : dead) {
            store.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE upgrade_run SET state = ? WHERE id = ?")) {
                    ps.setString(1, RunState.INTERRUPTED.name());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                return RunRecorder.mark(c, id, clock.instant(), "interrupted");
            });
            LOG.warn("Upgrade run {} was interrupted (its process is gone)", id);
            reader.summary(id).ifPresent(out::add);
        }
        return out;
    }

    /** Takes an interrupted (or still running) run over, so its events are recorded again. */
    public RunRecorder resume(long runId) {
        return takeOver(runId, EnumSet.of(RunState.INTERRUPTED, RunState.RUNNING), "resumed");
    }

    /**
     * Takes a finished pre-download's run up again for its activation (the same run spans both, so the report
     * tells the whole upgrade); it is RUNNING again until the APs have rejoined.
     */
    public RunRecorder reopenForActivation(long runId) {
        return takeOver(runId, EnumSet.of(RunState.COMPLETED, RunState.INTERRUPTED, RunState.RUNNING), "activating");
    }

    private RunRecorder takeOver(long runId, Set<RunState> from, String mark) {
        ProcessHandle me = ProcessHandle.current();
        String states =
                String.join(",", from.stream().map(x -> "'" + x.name() + "'").toList());
        int updated = store.inTransaction(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("UPDATE upgrade_run SET state = ?, ended_at = NULL, "
                    + "owner_pid = ?, owner_started = ? WHERE id = ? AND state IN (" + states + ")")) {
                ps.setString(1, RunState.RUNNING.name());
                ps.setLong(2, me.pid());
                ps.setString(3, startOf(me));
                ps.setLong(4, runId);
                n = ps.executeUpdate();
            }
            if (n > 0) {
                RunRecorder.mark(c, runId, clock.instant(), mark);
            }
            return n;
        });
        if (updated == 0) {
            throw new IllegalArgumentException("run " + runId + " cannot be taken over from its state");
        }
        RunRecorder r = new RunRecorder(store, clock, runId);
        r.reloadLastStates();
        return r;
    }

    /** The newest run on this controller ({@code host:port}, as {@link RunInfo#controller()} names it). */
    public Optional<RunSummary> latestFor(String controller) {
        return latestFor(controller, EnumSet.allOf(RunState.class));
    }

    /** The newest run on this controller in one of {@code states}. */
    public Optional<RunSummary> latestFor(String controller, Set<RunState> states) {
        return runs().stream()
                .filter(r -> r.controller().equals(controller) && states.contains(r.state()))
                .max(Comparator.comparingLong(RunSummary::id));
    }

    /**
     * Adds a mark to a run after the fact, e.g. {@code activated} when the technician swapped the images and
     * reloaded the APs, so the report says when the new version went live.
     */
    public void mark(long runId, String kind) {
        store.inTransaction(c -> RunRecorder.mark(c, runId, clock.instant(), kind));
    }

    /** Every run, newest first. */
    public List<RunSummary> runs() {
        return reader.runs();
    }

    public Optional<RunSummary> run(long id) {
        return reader.summary(id);
    }

    public Optional<RunReport> report(long id) {
        return reader.report(id);
    }

    private static boolean alive(long pid, String started) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> started == null || started.isEmpty() || started.equals(startOf(p)))
                .isPresent();
    }

    private static String startOf(ProcessHandle p) {
        return p.info().startInstant().map(Object::toString).orElse("");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
