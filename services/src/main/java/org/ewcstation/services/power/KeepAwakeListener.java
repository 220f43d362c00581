package org.ewcstation.services.power;

import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Severity;

/** What the status bar and the log hear of {@link KeepAwake}; every method does nothing unless overridden. */
public interface KeepAwakeListener {

    /** After every change, on the keep-awake thread: a view hops to its own. */
    default void changed(KeepAwakeState state) {}

    /** One line for the log (the OS could not be asked: said once per start of the app). */
    default void notice(Severity level, Msg message) {}
}
