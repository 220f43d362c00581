package org.ewcstation.services.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisListener;
import org.ewcstation.services.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one run's events as they happen, one committed row per event (the store runs in auto-commit, WAL):
 * whatever was recorded survives a kill -9. Plug it in as a {@link TransferListener} and a
 * {@link DiagnosisListener}; feed it the AP polls. A store failure is logged, never thrown into a transfer.
 */
public final class RunRecorder implements TransferListener, DiagnosisListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Clock clock;
    private final long runId;
    private final Map<Long, TransferEvent.Started> started = new ConcurrentHashMap<>();
    private final Map<String, String> lastState = new ConcurrentHashMap<>();
    private final Map<String, String> after = new ConcurrentHashMap<>();

    RunRecorder(Store store, Clock clock, long runId) {
        this.store = store;
        this.clock = clock;
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }

    /** An AP taking part, with the version it runs before the upgrade. */
    public void ap(String name, String model, String fromVersion) {
        write(
                "INSERT INTO run_ap(run_id, ap_name, model, from_version) VALUES(?,?,?,?) ON CONFLICT(run_id, ap_name) "
                        + "DO UPDATE SET model = excluded.model",
                runId,
                name,
                nz(model),
                nz(fromVersion));
    }

    /** One poll of one AP; stored only when its status, version or retry count changed. */
    public void apStatus(ApObservation s, String version) {
        String state = s.status() + "|" + nz(version) + "|" + s.retryCount();
        if (Objects.equals(lastState.put(s.name(), state), state)) {
            return;
        }
        write(
                "INSERT INTO ap_status_change(run_id, at, ap_name, status, version, retry_count) VALUES(?,?,?,?,?,?)",
                runId,
                s.time().toString(),
                s.name(),
                nz(s.status()),
                nz(version),
                s.retryCount());
    }

    @Override
    public void onEvent(TransferEvent event) {
        switch (event) {
            case TransferEvent.Started s -> started.put(s.id(), s);
            case TransferEvent.Completed c -> {
                started.remove(c.id());
                transfer(
                        c.time().minus(c.duration()),
                        c,
                        c.file(),
                        c.bytes(),
                        c.duration(),
                        c.averageBytesPerSecond(),
                        "COMPLETED",
                        "");
            }
            case TransferEvent.Failed f -> {
                TransferEvent.Started s = started.remove(f.id());
                Instant from = s == null ? f.time() : s.time();
                Duration d = Duration.between(from, f.time());
                double rate = d.toMillis() > 0 ? f.bytes() * 1000.0 / d.toMillis() : 0;
                transfer(
                        from,
                        f,
                        f.file(),
                        f.bytes(),
                        d,
                        rate,
                        "FAILED",
                        f.reason().name());
            }
            case TransferEvent.Refused r ->
                transfer(
                        r.time(),
                        r,
                        r.requestedPath(),
                        0,
                        Duration.ZERO,
                        0,
                        "REFUSED",
                        r.reason().name());
            default -> {}
        }
    }

    @Override
    public void onDiagnosis(Diagnosis d) {
        String args;
        try {
            args = JSON.writeValueAsString(d.args());
        } catch (JsonProcessingException e) {
            LOG.warn("Could not encode the arguments of {}", d.code(), e);
            args = "[]";
        }
        write(
                "INSERT INTO diagnosis(run_id, at, code, subject, args_json) VALUES(?,?,?,?,?)",
                runId,
                d.time().toString(),
                d.code().name(),
                d.subject(),
                args);
    }

    /** A step on the run's timeline ({@code activating}, {@code rejoined}, {@code verified}, ...). */
    public void mark(String kind) {
        store.inTransaction(c -> mark(c, runId, clock.instant(), kind));
    }

    /** Closes the run with its state and what it achieved (read from its marks: activating, verified). */
    public void finish(RunState state) {
        Instant now = clock.instant();
        store.inTransaction(c -> {
            RunOutcome outcome = RunOutcome.of(state, marks(c));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE upgrade_run SET state = ?, ended_at = ?, outcome = ?, bundle_version = CASE "
                            + "WHEN bundle_version = '' THEN ? ELSE bundle_version END WHERE id = ?")) {
                ps.setString(1, state.name());
                ps.setString(2, now.toString());
                ps.setString(3, outcome.name());
                ps.setString(4, predownloadedVersion(c));
                ps.setLong(5, runId);
                ps.executeUpdate();
            }
            return mark(c, runId, now, "finished");
        });
    }

    /** Whether the technician's own server ({@code true}) or ours serves the run. */
    public void servedBy(boolean existing) {
        write("UPDATE upgrade_run SET served_by = ? WHERE id = ?", existing ? "existing" : "ours", runId);
    }

    /** The image an AP runs after activation, as the controller reports it once the AP is back. */
    public void afterActivation(String ap, String version) {
        if (version == null || version.isBlank()) {
            return;
        }
        if (version.equals(after.put(ap, version))) {
            return;
        }
        write("UPDATE run_ap SET after_version = ? WHERE run_id = ? AND ap_name = ?", version, runId, ap);
    }

    /** The release the controller runs after its reload. */
    public void controllerAfter(String release) {
        if (release != null && !release.isBlank()) {
            write("UPDATE upgrade_run SET controller_version_after = ? WHERE id = ?", release, runId);
        }
    }

    private Set<String> marks(Connection c) throws SQLException {
        Set<String> kinds = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind FROM run_event WHERE run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kinds.add(rs.getString(1));
                }
            }
        }
        return kinds;
    }

    /**
     * The version the APs finished pre-downloading, the most common one: the bundle's version when nobody told us
     * (an existing server whose {@code version.info} was not read). Blank when none finished.
     */
    private String predownloadedVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, COUNT(*) n FROM ap_status_change WHERE "
                + "run_id = ? AND version <> '' AND LOWER(status) LIKE '%complete%' GROUP BY version "
                + "ORDER BY n DESC LIMIT 1")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** After a resume: the last stored state of each AP, so an unchanged poll is not stored twice. */
    void reloadLastStates() {
        store.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT ap_name, status, version, retry_count FROM ap_status_change "
                            + "WHERE run_id = ? ORDER BY id")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lastState.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4));
                    }
                }
            }
            return null;
        });
    }

    static int mark(Connection c, long runId, Instant at, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_event(run_id, at, kind) VALUES(?,?,?)")) {
            ps.setLong(1, runId);
            ps.setString(2, at.toString());
            ps.setString(3, kind);
            return ps.executeUpdate();
        }
    }

    private void transfer(
            Instant from,
            TransferEvent e,
            String file,
            long bytes,
            Duration d,
            double rate,
            String result,
            String reason) {
        String peer = e.peer() == null
                ? ""
                : e.peer().getHostString() + ":" + e.peer().getPort();
        write(
                "INSERT INTO transfer(run_id, started_at, protocol, peer, file, bytes, duration_ms, rate_bps, result, reason) "
                        + "VALUES(?,?,?,?,?,?,?,?,?,?)",
                runId,
                from.toString(),
                e.protocol().name(),
                peer,
                nz(file),
                bytes,
                d.toMillis(),
                rate,
                result,
                reason);
    }

    private void write(String sql, Object... args) {
        try {
            store.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            // a full disk must not stop the upgrade being watched; the log says what was lost
            LOG.error("Could not record an event of run {}", runId, e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
