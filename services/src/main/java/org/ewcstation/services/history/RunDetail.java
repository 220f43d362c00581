package org.ewcstation.services.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.history.RunReport.ApLine;
import org.ewcstation.services.history.RunReport.RunMark;
import org.ewcstation.services.history.RunReport.StatusChange;
import org.ewcstation.services.history.RunReport.TransferRecord;
import org.ewcstation.services.history.TimelineEntry.Kind;

/**
 * One run as the run view shows it: each AP's result (outcome, how long its pre-download took) and one
 * timeline merging the run's marks, every status change, every transfer and every diagnosis in time order.
 */
public record RunDetail(RunSummary run, List<ApResult> aps, List<TimelineEntry> timeline) {

    /** One AP's result; {@code took} is from the run's start to its first Complete status. */
    public record ApResult(
            String name,
            String model,
            String fromVersion,
            String toVersion,
            String lastStatus,
            int retries,
            ApOutcome outcome,
            Optional<Duration> took) {}

    public RunDetail {
        aps = List.copyOf(aps);
        timeline = List.copyOf(timeline);
    }

    public static RunDetail of(RunReport report) {
        RunSummary run = report.run();
        Map<String, Instant> firstComplete = report.statusChanges().stream()
                .filter(s -> PredownloadPhase.of(s.status()) == PredownloadPhase.COMPLETE)
                .collect(Collectors.toMap(StatusChange::ap, StatusChange::at, (a, b) -> a.isBefore(b) ? a : b));
        List<ApResult> aps = new ArrayList<>();
        for (ApLine a : report.aps()) {
            Optional<Duration> took = Optional.ofNullable(firstComplete.get(a.name()))
                    .map(t -> Duration.between(run.startedAt(), t))
                    .filter(d -> !d.isNegative());
            aps.add(new ApResult(
                    a.name(),
                    a.model(),
                    a.fromVersion(),
                    a.lastVersion(),
                    a.lastStatus(),
                    a.maxRetries(),
                    ApOutcome.of(a.lastStatus()),
                    took));
        }
        return new RunDetail(run, aps, timeline(report));
    }

    public long count(ApOutcome outcome) {
        return aps.stream().filter(a -> a.outcome() == outcome).count();
    }

    /** From the start to the end (or to {@code now} while it runs or when it was interrupted). */
    public Duration elapsed(Instant now) {
        Instant end = run.endedAt().orElse(now);
        return end.isBefore(run.startedAt()) ? Duration.ZERO : Duration.between(run.startedAt(), end);
    }

    public boolean resumable() {
        return run.state() == RunState.INTERRUPTED;
    }

    private static List<TimelineEntry> timeline(RunReport r) {
        RunSummary run = r.run();
        List<TimelineEntry> out = new ArrayList<>();
        for (RunMark m : r.marks()) {
            out.add(mark(run, m));
        }
        for (StatusChange s : r.statusChanges()) {
            Severity severity = switch (ApOutcome.of(s.status())) {
                case FAILED -> Severity.ERROR;
                case DOWNLOADED, PENDING -> s.retryCount() > 0 ? Severity.WARNING : Severity.INFO;
            };
            out.add(new TimelineEntry(
                    s.at(),
                    Kind.STATUS,
                    s.ap(),
                    severity,
                    Msg.of(
                            "history.timeline.status",
                            PredownloadPhase.label(s.status()),
                            dash(s.version()),
                            s.retryCount()),
                    Optional.empty()));
        }
        for (TransferRecord t : r.transfers()) {
            out.add(transfer(t));
        }
        for (Diagnosis d : r.diagnoses()) {
            out.add(new TimelineEntry(
                    d.time(), Kind.DIAGNOSIS, "", d.severity(), d.message(), Optional.of(d.action())));
        }
        // stable: equal times keep the order above (marks, statuses, transfers, diagnoses)
        out.sort(Comparator.comparing(TimelineEntry::at));
        // the start heads the list even though the APs' first poll (their versions before) was read a moment earlier
        out.addFirst(new TimelineEntry(
                run.startedAt(),
                Kind.RUN,
                "",
                Severity.INFO,
                Msg.of(
                        "history.timeline.started",
                        run.controllerLabel(),
                        run.bundlePath(),
                        dash(run.bundleVersion()),
                        run.mode(),
                        run.server()),
                Optional.empty()));
        return out;
    }

    private static TimelineEntry mark(RunSummary run, RunMark m) {
        return switch (m.kind()) {
            case "finished" ->
                new TimelineEntry(
                        m.at(),
                        Kind.RUN,
                        "",
                        severity(run.state()),
                        Msg.of("history.timeline.finished", Msg.of(run.outcome().key())),
                        Optional.empty());
            case "interrupted" ->
                new TimelineEntry(
                        m.at(),
                        Kind.RUN,
                        "",
                        Severity.WARNING,
                        Msg.of("report.mark.interrupted"),
                        Optional.of(Msg.of("history.timeline.interrupted.todo")));
            default ->
                new TimelineEntry(
                        m.at(),
                        Kind.RUN,
                        "",
                        Severity.INFO,
                        Msg.of("report.mark." + m.kind().toLowerCase(Locale.ROOT)),
                        Optional.empty());
        };
    }

    private static TimelineEntry transfer(TransferRecord t) {
        Function<String, Msg> reason = code -> Msg.of(ReportKeys.reason(code));
        return switch (t.result()) {
            case "COMPLETED" ->
                new TimelineEntry(
                        t.startedAt(),
                        Kind.TRANSFER,
                        t.peer(),
                        Severity.INFO,
                        Msg.of(
                                "history.timeline.transfer.completed",
                                t.protocol(),
                                t.file(),
                                t.bytes(),
                                t.durationMs() / 1000.0,
                                t.bytesPerSecond() / 1e6),
                        Optional.empty());
            case "REFUSED" ->
                new TimelineEntry(
                        t.startedAt(),
                        Kind.TRANSFER,
                        t.peer(),
                        Severity.ERROR,
                        Msg.of("history.timeline.transfer.refused", t.protocol(), t.file(), reason.apply(t.reason())),
                        Optional.empty());
            default ->
                new TimelineEntry(
                        t.startedAt(),
                        Kind.TRANSFER,
                        t.peer(),
                        Severity.ERROR,
                        Msg.of(
                                "history.timeline.transfer.failed",
                                t.protocol(),
                                t.file(),
                                t.bytes(),
                                t.reason().isEmpty()
                                        ? Msg.of("report.transfer.result.failed")
                                        : reason.apply(t.reason())),
                        Optional.empty());
        };
    }

    private static Severity severity(RunState state) {
        return switch (state) {
            case COMPLETED, RUNNING -> Severity.INFO;
            case ABORTED, INTERRUPTED -> Severity.WARNING;
            case FAILED -> Severity.ERROR;
        };
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
