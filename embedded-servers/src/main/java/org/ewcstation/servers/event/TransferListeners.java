package org.ewcstation.servers.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one fan-out every server publishes through. A listener that throws is logged and skipped: a bug
 * in the UI or the store must never stall a transfer.
 */
public final class TransferListeners implements TransferListener {

    private static final Logger LOG = LoggerFactory.getLogger(TransferListeners.class);

    private final List<TransferListener> listeners = new CopyOnWriteArrayList<>();

    public TransferListeners add(TransferListener listener) {
        listeners.add(listener);
        return this;
    }

    public void remove(TransferListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onEvent(TransferEvent event) {
        for (TransferListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Listener {} failed on {}", l, event.getClass().getSimpleName(), e);
            }
        }
    }
}
