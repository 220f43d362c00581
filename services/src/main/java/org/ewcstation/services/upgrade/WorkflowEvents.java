package org.ewcstation.services.upgrade;

import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.Severity;

/**
 * Every workflow's events, named by controller ({@code host:port}), for a window that shows one controller at a time
 * and logs them all. Every method does nothing unless overridden; called on the workflow's or the poller's thread.
 */
public interface WorkflowEvents {

    default void stageChanged(String controller, Stage from, Stage to) {}

    default void log(String controller, Severity level, Msg message) {}

    default void progress(String controller, UpgradeProgress progress) {}

    /** A long action's heartbeat for the stage bar, or null when it ended (see {@link UpgradeListener}). */
    default void actionRunning(String controller, Msg heartbeat) {}

    /** A diagnosis of the run (the engine's or the workflow's), already stored in the history. */
    default void diagnosis(String controller, Diagnosis d) {}
}
