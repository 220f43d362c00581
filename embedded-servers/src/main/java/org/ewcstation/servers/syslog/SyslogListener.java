package org.ewcstation.servers.syslog;

import java.net.InetSocketAddress;

/**
 * Receives syslog traffic. Both methods default to doing nothing; they run on the receiver's thread, so
 * they must be quick: a slow listener makes the receiver drop datagrams in the OS buffer.
 */
public interface SyslogListener {

    SyslogListener NONE = new SyslogListener() {};

    default void onMessage(SyslogEvent event) {}

    /** A datagram was dropped without being parsed; {@code length} is what arrived (capped at the buffer). */
    default void onDropped(DropReason reason, InetSocketAddress sender, int length) {}

    /** Why a datagram was dropped. */
    enum DropReason {
        /** Longer than the configured maximum. */
        OVERSIZED,
        /** Empty, not UTF-8, or binary. */
        GARBAGE,
        /** Beyond the accepted rate. */
        RATE_LIMITED,
        /** From an address other than the controllers (and those the technician allowed). */
        NOT_ALLOWED
    }
}
