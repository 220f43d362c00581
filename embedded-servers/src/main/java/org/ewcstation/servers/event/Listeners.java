package org.ewcstation.servers.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one fan-out behind every listener list (transfers, syslog, diagnoses, ...). A listener that throws is
 * logged and skipped: a bug in the UI or the store must never stall a transfer or starve the other listeners.
 *
 * @param <L> the listener interface
 */
public final class Listeners<L> {

    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<L> listeners = new CopyOnWriteArrayList<>();

    public void add(L listener) {
        listeners.add(listener);
    }

    public void remove(L listener) {
        listeners.remove(listener);
    }

    /** Calls {@code call} on every listener; {@code what} names the event in the log when one throws. */
    public void fire(String what, Consumer<L> call) {
        for (L l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("Listener {} failed on {}", l, what, e);
            }
        }
    }
}
