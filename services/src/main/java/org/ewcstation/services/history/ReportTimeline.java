package org.ewcstation.services.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.history.RunReport.RunMark;
import org.ewcstation.services.history.RunReport.StatusChange;

/**
 * The report's timeline, condensed for a reader: one row when APs change to another status (APs that do so within
 * the same minute share the row, named together), never a row for a poll that only moved the percentage or the
 * retry count; and the run's own steps (activation, rejoin, verified, interrupted).
 */
final class ReportTimeline {

    /** APs changing to the same status this close together share a row. */
    static final Duration TOGETHER = Duration.ofMinutes(1);

    /** A row: when, which APs (blank for a step of the run), the status or step (a message key for a step). */
    record Row(Instant at, List<String> aps, String status, String markKey) {}

    private ReportTimeline() {}

    static List<Row> of(RunReport r) {
        List<Row> rows = new ArrayList<>();
        Map<String, PredownloadPhase> phase = new HashMap<>();
        Map<PredownloadPhase, Row> open = new HashMap<>();
        for (StatusChange s : r.statusChanges()) {
            PredownloadPhase p = PredownloadPhase.of(s.status());
            if (Objects.equals(phase.put(s.ap(), p), p)) {
                continue; // the same status again: only the version, percentage or retries moved
            }
            Row group = open.get(p);
            if (group != null && Duration.between(group.at(), s.at()).compareTo(TOGETHER) < 0) {
                group.aps().add(s.ap());
            } else {
                Row row = new Row(s.at(), new ArrayList<>(List.of(s.ap())), s.status(), "");
                open.put(p, row);
                rows.add(row);
            }
        }
        for (RunMark m : r.marks()) {
            rows.add(new Row(m.at(), List.of(), "", "report.mark." + m.kind()));
        }
        rows.sort(Comparator.comparing(Row::at)); // stable: equal times keep their order
        return rows;
    }
}
