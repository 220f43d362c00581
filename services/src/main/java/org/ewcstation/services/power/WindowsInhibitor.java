package org.ewcstation.services.power;

import java.util.Optional;
import org.ewcstation.i18n.Msg;

/**
 * Windows: {@code SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED)} keeps the system from sleeping
 * while the calling thread lives, until the same thread calls it with {@code ES_CONTINUOUS} alone. The display may
 * still turn off ({@code ES_DISPLAY_REQUIRED} is not asked: a dark screen does not stop a transfer).
 */
public final class WindowsInhibitor implements SleepInhibitor {

    static final int ES_SYSTEM_REQUIRED = 0x00000001;
    static final int ES_CONTINUOUS = 0x80000000;

    /** The native call, so the flags can be checked on any OS. Returns the previous state, 0 on failure. */
    @FunctionalInterface
    public interface ExecutionState {
        int set(int flags);
    }

    private final ExecutionState call;
    private boolean held;

    public WindowsInhibitor(ExecutionState call) {
        this.call = call;
    }

    /** The flags that hold: continuous (until changed again) and the system required. */
    static int holdFlags() {
        return ES_CONTINUOUS | ES_SYSTEM_REQUIRED;
    }

    /** The flags that release: continuous alone clears what was held. */
    static int releaseFlags() {
        return ES_CONTINUOUS;
    }

    @Override
    public Optional<Msg> hold(String why) {
        if (held) {
            return Optional.empty();
        }
        int previous;
        try {
            previous = call.set(holdFlags());
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(Msg.of("power.error.windows", String.valueOf(e.getMessage())));
        }
        if (previous == 0) {
            return Optional.of(Msg.of("power.error.windows", "SetThreadExecutionState returned 0"));
        }
        held = true;
        return Optional.empty();
    }

    @Override
    public void release() {
        if (held) {
            held = false;
            call.set(releaseFlags());
        }
    }

    @Override
    public String name() {
        return "SetThreadExecutionState";
    }
}
