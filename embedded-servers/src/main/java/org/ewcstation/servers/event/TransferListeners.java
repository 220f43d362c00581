package org.ewcstation.servers.event;

/**
 * The one fan-out every server publishes through. A listener that throws is logged and skipped: a bug
 * in the UI or the store must never stall a transfer.
 */
public final class TransferListeners implements TransferListener {

    private final Listeners<TransferListener> listeners = new Listeners<>();

    public TransferListeners add(TransferListener listener) {
        listeners.add(listener);
        return this;
    }

    public void remove(TransferListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onEvent(TransferEvent event) {
        listeners.fire(event.getClass().getSimpleName(), l -> l.onEvent(event));
    }
}
