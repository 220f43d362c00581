package org.ewcstation.services.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.history.RunReport.ApLine;
import org.ewcstation.services.history.RunReport.RunMark;
import org.ewcstation.services.history.RunReport.StatusChange;
import org.ewcstation.services.history.RunReport.TransferRecord;
import org.ewcstation.services.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads runs back from the store. */
final class HistoryReader {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryReader.class);

    /**
     * Created on first use (a report's marks), not on every start: Jackson's set-up was 23 of the 143 samples of the
     * thread that opens the store and services in a flight recording of a cold start.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static final String RUN_COLUMNS =
            "id, controller, controller_version, bundle_path, bundle_version, mode, server, "
                    + "started_at, ended_at, state, controller_name, controller_model, controller_serial, outcome, "
                    + "controller_version_after, served_by FROM upgrade_run";

    private final Store store;

    HistoryReader(Store store) {
        this.store = store;
    }

    List<RunSummary> runs() {
        return store.withConnection(c -> {
            List<RunSummary> out = new ArrayList<>();
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT " + RUN_COLUMNS + " ORDER BY started_at DESC, id DESC");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return out;
        });
    }

    Optional<RunSummary> summary(long id) {
        return store.withConnection(c -> summary(c, id));
    }

    Optional<RunReport> report(long id) {
        return store.withConnection(c -> {
            Optional<RunSummary> run = summary(c, id);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            List<StatusChange> changes = new ArrayList<>();
            try (ResultSet rs = query(
                    c,
                    "SELECT at, ap_name, status, version, retry_count FROM ap_status_change WHERE run_id = ? ORDER BY at, id",
                    id)) {
                while (rs.next()) {
                    changes.add(new StatusChange(
                            Instant.parse(rs.getString(1)),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getInt(5)));
                }
            }
            List<TransferRecord> transfers = new ArrayList<>();
            try (ResultSet rs = query(
                    c,
                    "SELECT started_at, protocol, peer, file, bytes, duration_ms, rate_bps, result, reason "
                            + "FROM transfer WHERE run_id = ? ORDER BY started_at, id",
                    id)) {
                while (rs.next()) {
                    transfers.add(new TransferRecord(
                            Instant.parse(rs.getString(1)),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getDouble(7),
                            rs.getString(8),
                            rs.getString(9)));
                }
            }
            List<Diagnosis> diagnoses = new ArrayList<>();
            try (ResultSet rs = query(
                    c, "SELECT at, code, subject, args_json FROM diagnosis WHERE run_id = ? ORDER BY at, id", id)) {
                while (rs.next()) {
                    diagnosis(rs).ifPresent(diagnoses::add);
                }
            }
            List<RunMark> marks = new ArrayList<>();
            try (ResultSet rs = query(c, "SELECT at, kind FROM run_event WHERE run_id = ? ORDER BY at, id", id)) {
                while (rs.next()) {
                    marks.add(new RunMark(Instant.parse(rs.getString(1)), rs.getString(2)));
                }
            }
            return Optional.of(new RunReport(run.get(), aps(c, id, changes), changes, transfers, diagnoses, marks));
        });
    }

    private static List<ApLine> aps(Connection c, long id, List<StatusChange> changes) throws SQLException {
        Map<String, String[]> base = new LinkedHashMap<>();
        try (ResultSet rs = query(
                c,
                "SELECT ap_name, model, from_version, after_version FROM run_ap WHERE run_id = ? ORDER BY ap_name",
                id)) {
            while (rs.next()) {
                base.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        changes.forEach(ch -> base.putIfAbsent(ch.ap(), new String[] {"", "", ""}));
        // one pass over the changes (in time order): a run of thousands of APs is re-read on every poll while open
        Map<String, String> version = new HashMap<>();
        Map<String, String> status = new HashMap<>();
        Map<String, Integer> retries = new HashMap<>();
        for (StatusChange ch : changes) {
            if (!ch.version().isEmpty()) {
                version.put(ch.ap(), ch.version());
            }
            status.put(ch.ap(), ch.status());
            retries.merge(ch.ap(), ch.retryCount(), Math::max);
        }
        List<ApLine> out = new ArrayList<>(base.size());
        base.forEach((name, b) -> out.add(new ApLine(
                name,
                b[0],
                b[1],
                version.getOrDefault(name, ""),
                status.getOrDefault(name, ""),
                retries.getOrDefault(name, 0),
                b[2])));
        return out;
    }

    private static Optional<Diagnosis> diagnosis(ResultSet rs) throws SQLException {
        try {
            DiagnosisCode code = DiagnosisCode.valueOf(rs.getString(2));
            List<Object> args = Json.MAPPER.readValue(rs.getString(4), new TypeReference<List<Object>>() {});
            return Optional.of(new Diagnosis(code, Instant.parse(rs.getString(1)), rs.getString(3), args));
        } catch (IllegalArgumentException | IOException e) {
            // a code from a newer or older version of the app: keep reading the rest of the run
            LOG.warn("Skipping a stored diagnosis that cannot be read: {}", rs.getString(2), e);
            return Optional.empty();
        }
    }

    private static Optional<RunSummary> summary(Connection c, long id) throws SQLException {
        try (ResultSet rs = query(c, "SELECT " + RUN_COLUMNS + " WHERE id = ?", id)) {
            return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
        }
    }

    private static RunSummary summary(ResultSet rs) throws SQLException {
        String ended = rs.getString(9);
        RunState state = RunState.valueOf(rs.getString(10));
        return new RunSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                Instant.parse(rs.getString(8)),
                Optional.ofNullable(ended).map(Instant::parse),
                state,
                new ControllerIdentity(rs.getString(11), rs.getString(12), rs.getString(13)),
                RunOutcome.parse(rs.getString(14), state),
                rs.getString(15),
                "existing".equals(rs.getString(16)));
    }

    private static ResultSet query(Connection c, String sql, long id) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setLong(1, id);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }
}
