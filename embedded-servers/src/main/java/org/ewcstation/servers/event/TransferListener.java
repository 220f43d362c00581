package org.ewcstation.servers.event;

/**
 * Receives server events. The single method defaults to doing nothing so a listener overrides only what
 * it needs. It is called on a server thread (the TFTP server has one event thread, which delivers in
 * order; SFTP calls it on the session's thread), so it must be quick and must not block.
 */
@FunctionalInterface
public interface TransferListener {

    void onEvent(TransferEvent event);

    TransferListener NONE = event -> {};
}
