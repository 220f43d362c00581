package org.ewcstation.services.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisListener;
import org.ewcstation.services.diagnosis.DiagnosisListeners;
import org.ewcstation.services.diagnosis.DiagnosticsEngine;

/**
 * One upgrade being watched: every input goes to both the diagnostics engine and the run's recorder, and every
 * diagnosis is stored before the UI hears of it. The one object the workflow feeds after Save &amp; Download.
 */
public final class WatchedRun implements TransferListener {

    /** One AP of one poll, with the versions {@code show ap image} printed for it. */
    public record ApPoll(ApObservation snapshot, String primaryVersion, String predownloadVersion) {}

    /** Builds the engine once the run's listener fan-out exists (the engine needs its listener at construction). */
    @FunctionalInterface
    public interface EngineFactory {
        DiagnosticsEngine create(DiagnosisListener listener);
    }

    private final RunRecorder recorder;
    private final DiagnosticsEngine engine;
    private final DiagnosisListener ui;
    /**
     * Each AP's status as read before the run's start command, until the controller reports something else: the
     * last run's "Failed" or "Complete" is not this run's, so it is neither stored nor diagnosed.
     */
    private final Map<String, String> before = new ConcurrentHashMap<>();

    private volatile boolean activated;

    private WatchedRun(RunRecorder recorder, EngineFactory engines, DiagnosisListener ui) {
        this.recorder = recorder;
        this.ui = ui;
        this.engine = engines.create(new DiagnosisListeners().add(recorder).add(ui));
    }

    /**
     * Starts a new run: records the APs with the version they run now, and starts the no-request timer. Their
     * statuses now are the last run's: they count in this one only once the controller reports a change.
     */
    public static WatchedRun start(
            UpgradeHistory history, RunInfo info, List<ApPoll> aps, EngineFactory engines, DiagnosisListener ui) {
        WatchedRun w = new WatchedRun(history.start(info), engines, ui);
        for (ApPoll p : aps) {
            w.recorder.ap(p.snapshot().name(), p.snapshot().model(), p.primaryVersion());
            w.before.put(p.snapshot().name(), state(p));
        }
        w.engine.start();
        w.onApPoll(aps);
        return w;
    }

    /** Watches an interrupted run again (after a crash): its earlier events stay, new ones are added. */
    public static WatchedRun resume(UpgradeHistory history, long runId, EngineFactory engines, DiagnosisListener ui) {
        return new WatchedRun(history.resume(runId), engines, ui);
    }

    /** Watches a finished pre-download's run again for its activation and rejoin. */
    public static WatchedRun reopen(UpgradeHistory history, long runId, EngineFactory engines, DiagnosisListener ui) {
        WatchedRun w = new WatchedRun(history.reopenForActivation(runId), engines, ui);
        w.activated = true;
        return w;
    }

    /** Whether the technician's own server or ours serves the run (the report and a later resume say it). */
    public void servedBy(boolean existing) {
        recorder.servedBy(existing);
    }

    /** The release the controller runs after its reload. */
    public void controllerAfter(String release) {
        recorder.controllerAfter(release);
    }

    /** Stores a conclusion of the workflow's own and tells the UI, like the engine's. */
    public void diagnosis(Diagnosis d) {
        recorder.onDiagnosis(d);
        ui.onDiagnosis(d);
    }

    public void mark(String kind) {
        if ("activating".equals(kind)) {
            activated = true;
        }
        recorder.mark(kind);
    }

    public long runId() {
        return recorder.runId();
    }

    public DiagnosticsEngine engine() {
        return engine;
    }

    @Override
    public void onEvent(TransferEvent event) {
        recorder.onEvent(event);
        engine.onEvent(event);
    }

    public void onSyslogLine(String raw) {
        engine.onSyslogLine(raw);
    }

    public void onApPoll(List<ApPoll> poll) {
        List<ApObservation> seen = new ArrayList<>(poll.size());
        for (ApPoll p : poll) {
            ApObservation o = p.snapshot();
            String was = before.get(o.name());
            if (was != null && was.equals(state(p))) {
                // still the last run's status: the AP's model counts (image type rules), its status does not
                seen.add(new ApObservation(o.name(), o.model(), "", 0, o.time()));
                continue;
            }
            before.remove(o.name());
            seen.add(o);
            if (activated) {
                recorder.afterActivation(o.name(), p.primaryVersion());
            }
            String v = p.predownloadVersion() == null
                            || p.predownloadVersion().isBlank()
                            || "N/A".equalsIgnoreCase(p.predownloadVersion())
                    ? p.primaryVersion()
                    : p.predownloadVersion();
            recorder.apStatus(p.snapshot(), v);
        }
        engine.onApSnapshots(seen);
    }

    private static String state(ApPoll p) {
        return p.snapshot().status() + "|" + p.predownloadVersion() + "|"
                + p.snapshot().retryCount();
    }

    /** Time-based rules; call every few seconds from the poller. */
    public void tick() {
        engine.tick();
    }

    public void finish(RunState outcome) {
        recorder.finish(outcome);
    }
}
