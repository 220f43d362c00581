package org.ewcstation.services.history;

import java.util.List;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.services.diagnosis.ApObservation;
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

    private WatchedRun(RunRecorder recorder, EngineFactory engines, DiagnosisListener ui) {
        this.recorder = recorder;
        this.engine = engines.create(new DiagnosisListeners().add(recorder).add(ui));
    }

    /** Starts a new run: records the APs with the version they run now, and starts the no-request timer. */
    public static WatchedRun start(
            UpgradeHistory history, RunInfo info, List<ApPoll> aps, EngineFactory engines, DiagnosisListener ui) {
        WatchedRun w = new WatchedRun(history.start(info), engines, ui);
        for (ApPoll p : aps) {
            w.recorder.ap(p.snapshot().name(), p.snapshot().model(), p.primaryVersion());
        }
        w.engine.start();
        w.onApPoll(aps);
        return w;
    }

    /** Watches an interrupted run again (after a crash): its earlier events stay, new ones are added. */
    public static WatchedRun resume(UpgradeHistory history, long runId, EngineFactory engines, DiagnosisListener ui) {
        return new WatchedRun(history.resume(runId), engines, ui);
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
        for (ApPoll p : poll) {
            String v = p.predownloadVersion() == null
                            || p.predownloadVersion().isBlank()
                            || "N/A".equalsIgnoreCase(p.predownloadVersion())
                    ? p.primaryVersion()
                    : p.predownloadVersion();
            recorder.apStatus(p.snapshot(), v);
        }
        engine.onApSnapshots(poll.stream().map(ApPoll::snapshot).toList());
    }

    /** Time-based rules; call every few seconds from the poller. */
    public void tick() {
        engine.tick();
    }

    public void finish(RunState outcome) {
        recorder.finish(outcome);
    }
}
