package org.ewcstation.servers.event;

/**
 * Receives server events. The single method defaults to doing nothing so a listener overrides only what
 * it needs; it is called on the transfer's own thread, so it must be quick and must not block.
 */
@FunctionalInterface
public interface TransferListener {

    void onEvent(TransferEvent event);

    TransferListener NONE = event -> {};
}
