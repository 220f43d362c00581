package org.ewcstation.services.upgrade;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.history.RunState;

/** Records what the workflow tells the history (the real journal writes SQLite: see HistoryJournalTest and the UI tests). */
final class RecordingJournal implements RunJournal {

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Diagnosis> diagnoses = new CopyOnWriteArrayList<>();

    @Override
    public long begin(UpgradePlan plan, List<ApStatus> aps) {
        events.add("begin " + aps.size());
        return 7;
    }

    @Override
    public long continueForActivation(String controller, List<ApStatus> aps) {
        events.add("continue");
        return 7;
    }

    @Override
    public void resume(long runId, UpgradePlan plan) {
        events.add("resume " + runId);
    }

    @Override
    public void poll(List<ApStatus> aps) {}

    @Override
    public void mark(String kind) {
        events.add("mark " + kind);
    }

    @Override
    public void diagnosis(Diagnosis d) {
        diagnoses.add(d);
    }

    @Override
    public void finish(RunState state) {
        events.add("finish " + state);
    }

    @Override
    public long runId() {
        return 7;
    }

    @Override
    public void dialect(ControllerDialect d) {
        events.add("dialect " + d.family().orElse("-"));
    }
}
