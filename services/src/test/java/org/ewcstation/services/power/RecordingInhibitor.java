package org.ewcstation.services.power;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.i18n.Msg;

/**
 * Stands in for the OS (a mock, said plainly: the rules of when to hold are tested here; the real child processes
 * are tested in {@link ProcessInhibitorTest}). Records every call and the thread it came on.
 */
final class RecordingInhibitor implements SleepInhibitor {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<Thread> threads = new CopyOnWriteArrayList<>();
    volatile Msg refuse;
    volatile boolean held;

    @Override
    public Optional<Msg> hold(String why) {
        calls.add("hold " + why);
        threads.add(Thread.currentThread());
        if (refuse != null) {
            return Optional.of(refuse);
        }
        held = true;
        return Optional.empty();
    }

    @Override
    public void release() {
        calls.add("release");
        threads.add(Thread.currentThread());
        held = false;
    }

    @Override
    public String name() {
        return "recording";
    }
}
