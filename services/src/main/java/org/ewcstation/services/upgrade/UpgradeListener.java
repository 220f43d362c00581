package org.ewcstation.services.upgrade;

import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Severity;

/**
 * What the window and the terminal hear of a workflow; every method does nothing unless overridden. Called on the
 * caller's or the poller's thread: a view hops to its own thread.
 */
public interface UpgradeListener {

    default void stageChanged(Stage from, Stage to) {}

    /** One line for the log pane or the terminal. */
    default void log(Severity level, Msg message) {}

    /** After each poll and each step. */
    default void progress(UpgradeProgress progress) {}

    /**
     * A long action's heartbeat for the stage bar ("install add running on the controller, 3:12: ..."), every few
     * seconds while it runs; null when it ended.
     */
    default void actionRunning(Msg heartbeat) {}

    UpgradeListener NONE = new UpgradeListener() {};
}
