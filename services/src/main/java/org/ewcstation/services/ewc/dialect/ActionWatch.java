package org.ewcstation.services.ewc.dialect;

import java.time.Duration;

/**
 * Hears a long action while it runs on the controller: every heartbeat, the line being run, the controller's last
 * progress line and the time since it was sent. Called on the action's thread; it must not block.
 */
@FunctionalInterface
public interface ActionWatch {

    void running(String line, String lastProgress, Duration elapsed);

    ActionWatch NONE = (line, last, elapsed) -> {};
}
