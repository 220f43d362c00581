package org.ewcstation.services.power;

import java.util.Optional;
import org.ewcstation.i18n.Msg;

/**
 * One operating system's own way of keeping the computer from sleeping. {@link KeepAwake} calls it on one
 * dedicated thread that stays alive while the hold lasts (Windows ties the request to the calling thread).
 */
public interface SleepInhibitor {

    /** Asks the OS to keep the computer awake, saying {@code why}; the problem when it could not be asked. */
    Optional<Msg> hold(String why);

    /** Gives the hold back; does nothing when none is held. */
    void release();

    /** A short name for the log ("logind", "SetThreadExecutionState", "caffeinate"). */
    String name();

    /** For an OS we do not know: nothing is held and the status bar says so once. */
    SleepInhibitor UNSUPPORTED = new SleepInhibitor() {
        @Override
        public Optional<Msg> hold(String why) {
            return Optional.of(Msg.of("power.error.unsupported", System.getProperty("os.name", "?")));
        }

        @Override
        public void release() {}

        @Override
        public String name() {
            return "none";
        }
    };
}
