package org.ewcstation.services.upgrade;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.history.RunState;

/**
 * The workflow's eyes: what the polls say about the run, and the transitions they cause (pre-downloaded, failed,
 * rejoined, verified). Always called under the workflow's lock.
 */
final class RunObserver {

    /** Polls without any sign of a download after which Complete is believed (small images finish at once). */
    static final int GRACE_POLLS = 10;

    private final UpgradeWorkflow workflow;
    private final RunJournal journal;
    private final UpgradeListener listener;
    private final Clock clock;
    private volatile List<ApStatus> latest = List.of();
    private final Set<String> scope = new LinkedHashSet<>();
    private String target;
    private Rejoin rejoin;
    private ActionForm commit;
    private boolean awaitingReload;
    /** Since the start: whether the download was seen moving, and how many polls came (see {@link #downloading}). */
    private boolean sawMoving;

    private int pollsSinceStart;
    private boolean verifying;

    RunObserver(UpgradeWorkflow workflow, RunJournal journal, UpgradeListener listener, Clock clock) {
        this.workflow = workflow;
        this.journal = journal;
        this.listener = listener;
        this.clock = clock;
    }

    void reset(String planTarget) {
        target = planTarget;
        scope.clear();
        rejoin = null;
        commit = null;
    }

    List<ApStatus> latest() {
        return latest;
    }

    List<String> scope() {
        return scope.isEmpty() ? latest.stream().map(ApStatus::name).toList() : List.copyOf(scope);
    }

    String target() {
        return target == null ? "?" : target;
    }

    List<ApIssue> readiness() {
        return Readiness.issues(scope, latest, target);
    }

    void startDownload(List<ApStatus> aps) {
        sawMoving = false;
        pollsSinceStart = 0;
        scope.clear();
        aps.forEach(a -> scope.add(a.name()));
    }

    /**
     * A resumed run was started long ago, by us: what the controller reports now is its state, not a leftover of an
     * earlier run, so a settled poll ends it at once.
     */
    void resumed() {
        sawMoving = true;
    }

    void startRejoin(ActionForm commitForm) {
        List<ApStatus> rows = latest.stream()
                .filter(a -> scope.isEmpty() || scope.contains(a.name()))
                .toList();
        rejoin = new Rejoin(clock.instant(), rows);
        verifying = false;
        commit = commitForm;
        awaitingReload = true;
    }

    void controllerAway() {
        if (rejoin != null) {
            rejoin.controllerAway();
            awaitingReload = false;
        }
    }

    /** Feeds a poll; true when every AP is back after activation and the verification is due (outside the lock). */
    boolean onPoll(List<ApStatus> aps, boolean inProgress, Stage stage, boolean stepRunning) {
        latest = List.copyOf(aps);
        sawMoving |= inProgress
                || aps.stream().anyMatch(a -> a.phase() != null && a.phase().active());
        pollsSinceStart++;
        boolean due = switch (stage) {
            case READY, PROFILE_SAVED -> {
                adopt(aps, stepRunning);
                yield false;
            }
            case PREDOWNLOADING -> {
                downloading(aps);
                yield false;
            }
            case REJOINING -> rejoining(aps);
            default -> false;
        };
        listener.progress(progress(workflow.stage()));
        return due;
    }

    /**
     * Without a run of ours, the controller's own state decides: every AP pre-downloaded (by us yesterday, or by
     * the web UI) makes Activate possible; a download in progress can be watched and aborted.
     */
    private void adopt(List<ApStatus> aps, boolean stepRunning) {
        if (stepRunning || aps.isEmpty()) {
            return;
        }
        if (aps.stream().anyMatch(a -> a.phase() != null && a.phase().active())) {
            startDownload(aps);
            workflow.move(Stage.PREDOWNLOADING);
            return;
        }
        String t = target != null ? target : Readiness.commonVersion(aps).orElse(null);
        if (t != null && Readiness.issues(List.of(), aps, t).isEmpty()) {
            target = t;
            startDownload(aps);
            workflow.move(Stage.PREDOWNLOADED);
        }
    }

    private void downloading(List<ApStatus> aps) {
        if (scope.isEmpty()) {
            startDownload(aps);
        }
        journal.poll(aps);
        if (target == null) {
            target = Readiness.commonVersion(inScope(aps)).orElse(null);
        }
        List<ApIssue> issues = Readiness.issues(scope, aps, target);
        // Right after the start the APs may still show the last pre-download's Complete: only a download seen
        // moving, or one that finished before anybody looked (no movement for a while), counts as done.
        boolean fresh = sawMoving || pollsSinceStart > GRACE_POLLS;
        if (target != null && issues.isEmpty() && fresh) {
            journal.finish(RunState.COMPLETED);
            workflow.move(Stage.PREDOWNLOADED);
            workflow.log(Severity.INFO, Msg.of("upgrade.log.predownloaded", scope.size(), target));
            return;
        }
        boolean settled = inScope(aps).stream()
                .noneMatch(a -> a.phase() == null || a.phase().active());
        boolean failed = inScope(aps).stream().anyMatch(a -> a.phase() == PredownloadPhase.FAILED);
        boolean aborted = inScope(aps).stream().anyMatch(a -> a.phase() == PredownloadPhase.ABORTED);
        if (settled && (failed || aborted)) {
            // aborted (here or from another window) and nothing failed: the run ends Aborted, not Failed
            Stage end = failed ? Stage.FAILED : Stage.ABORTED;
            journal.finish(failed ? RunState.FAILED : RunState.ABORTED);
            workflow.move(end);
            workflow.log(
                    failed ? Severity.ERROR : Severity.WARNING,
                    Msg.of(failed ? "upgrade.log.predownloadFailed" : "upgrade.log.predownloadAborted", issues.size()));
        }
    }

    private boolean rejoining(List<ApStatus> aps) {
        if (rejoin == null || verifying) {
            return false;
        }
        journal.poll(aps);
        if (awaitingReload) {
            return false; // a poll from before the reload: everybody still looks joined
        }
        rejoin.seen(aps);
        if (!rejoin.allBack()) {
            return false;
        }
        journal.mark("rejoined");
        verifying = true;
        return true;
    }

    /** The APs that came back on another image than the target, as a diagnosis; null when none did. */
    Diagnosis wrongImages() {
        List<String> wrong = rejoin.backRows().stream()
                .filter(a -> !Objects.equals(Readiness.version(a.primaryImage()), target))
                .map(ApStatus::name)
                .toList();
        return wrong.isEmpty()
                ? null
                : Diagnosis.of(
                        DiagnosisCode.WRONG_IMAGE_AFTER_ACTIVATION,
                        clock.instant(),
                        "activation",
                        String.join(", ", wrong),
                        target());
    }

    Diagnosis controllerMismatch(String actual, String expected) {
        return Diagnosis.of(DiagnosisCode.CONTROLLER_VERSION_MISMATCH, clock.instant(), "controller", actual, expected);
    }

    ActionForm commitForm() {
        return commit;
    }

    void verified() {
        verifying = false;
        journal.mark("verified");
        journal.finish(RunState.COMPLETED);
        workflow.move(Stage.VERIFIED);
        workflow.log(Severity.INFO, Msg.of("upgrade.log.verifiedAll", rejoin.total(), target()));
    }

    void tick(Stage stage, Duration timeout) {
        if (stage == Stage.REJOINING && rejoin != null && rejoin.overdue(clock.instant(), timeout)) {
            String names = String.join(
                    ", ", rejoin.away().stream().map(r -> r.last().name()).toList());
            fail(Diagnosis.of(DiagnosisCode.REJOIN_TIMEOUT, clock.instant(), "rejoin", names, timeout.toMinutes()));
        }
    }

    void fail(Diagnosis d) {
        verifying = false;
        journal.diagnosis(d);
        journal.finish(RunState.FAILED);
        workflow.move(Stage.FAILED);
        listener.log(d.severity(), d.message());
        listener.log(d.severity(), d.action());
    }

    UpgradeProgress progress() {
        return progress(workflow.stage());
    }

    private UpgradeProgress progress(Stage stage) {
        List<ApStatus> aps = inScope(latest);
        int total = scope.isEmpty() ? aps.size() : scope.size();
        return switch (stage) {
            case PREDOWNLOADING -> downloadProgress(stage, aps, total);
            case REJOINING, ACTIVATING ->
                rejoin == null
                        ? new UpgradeProgress(stage, total, 0, 0, 0, target, List.of())
                        : new UpgradeProgress(
                                stage,
                                rejoin.total(),
                                rejoin.backCount(),
                                0,
                                percent(rejoin.backCount(), rejoin.total()),
                                target,
                                rejoin.away());
            case PREDOWNLOADED -> new UpgradeProgress(stage, total, total, 0, 100, target, List.of());
            case VERIFIED -> new UpgradeProgress(stage, total, total, 0, 100, target, List.of());
            default ->
                new UpgradeProgress(
                        stage,
                        total,
                        0,
                        0,
                        0,
                        target,
                        rejoin == null || stage != Stage.FAILED ? List.of() : rejoin.away());
        };
    }

    private UpgradeProgress downloadProgress(Stage stage, List<ApStatus> aps, int total) {
        int done = 0;
        int failed = 0;
        long sum = 0;
        for (ApStatus a : aps) {
            if (a.phase() == PredownloadPhase.COMPLETE) {
                done++;
                sum += 100;
            } else if (a.phase() == PredownloadPhase.FAILED || a.phase() == PredownloadPhase.ABORTED) {
                failed++;
            } else if (a.percent() != null) {
                sum += Math.min(100, Math.max(0, a.percent()));
            }
        }
        int pct = total == 0 ? 0 : (int) (sum / total);
        return new UpgradeProgress(stage, total, done, failed, pct, target, List.of());
    }

    private List<ApStatus> inScope(List<ApStatus> aps) {
        return scope.isEmpty()
                ? aps
                : aps.stream().filter(a -> scope.contains(a.name())).toList();
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }
}
