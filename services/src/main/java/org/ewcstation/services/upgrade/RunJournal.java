package org.ewcstation.services.upgrade;

import java.util.List;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.history.RunState;

/**
 * The run's history and its diagnoses, as the workflow feeds them. One run spans the pre-download and, when it
 * is activated later, the activation and the rejoin. Calls come off the FX thread (the workflow's callers and
 * the poller); implementations write to SQLite.
 */
public interface RunJournal {

    /** A pre-download starts: a new run, its APs with the versions they run now. Returns the run's id. */
    long begin(UpgradePlan plan, List<ApStatus> aps);

    /** Activation starts: the run of this controller's last pre-download is taken up again (or a new one). */
    long continueForActivation(String controller, List<ApStatus> aps);

    /** Watches an interrupted run again; its earlier events stay. */
    void resume(long runId, UpgradePlan plan);

    void poll(List<ApStatus> aps);

    /** A step of the run ({@code activating}, {@code rejoined}, {@code verified}, ...), on its timeline. */
    void mark(String kind);

    /** A conclusion of the workflow's own (rejoin timeout, wrong image after the reload). */
    void diagnosis(Diagnosis d);

    void finish(RunState state);

    /** The run being written, or -1. */
    long runId();

    /** What the controller's context help accepted at this connection (kept per controller, not per run). */
    void dialect(ControllerDialect d);

    RunJournal NONE = new RunJournal() {
        @Override
        public long begin(UpgradePlan plan, List<ApStatus> aps) {
            return -1;
        }

        @Override
        public long continueForActivation(String controller, List<ApStatus> aps) {
            return -1;
        }

        @Override
        public void resume(long runId, UpgradePlan plan) {}

        @Override
        public void poll(List<ApStatus> aps) {}

        @Override
        public void mark(String kind) {}

        @Override
        public void diagnosis(Diagnosis d) {}

        @Override
        public void finish(RunState state) {}

        @Override
        public long runId() {
            return -1;
        }

        @Override
        public void dialect(ControllerDialect d) {}
    };
}
