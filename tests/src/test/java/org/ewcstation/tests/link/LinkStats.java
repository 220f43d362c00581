package org.ewcstation.tests.link;

import java.util.concurrent.atomic.AtomicLong;

/** Packet counters of one direction of the link, live. */
public final class LinkStats {

    final AtomicLong received = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong duplicated = new AtomicLong();
    final AtomicLong reordered = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    /** TFTP DATA packets (opcode 3) that arrived at the link, before any loss or duplication. */
    final AtomicLong data = new AtomicLong();
    /** TFTP ACKs (opcode 4) that arrived at the link. */
    final AtomicLong acks = new AtomicLong();

    public long received() {
        return received.get();
    }

    public long dropped() {
        return dropped.get();
    }

    public long duplicated() {
        return duplicated.get();
    }

    public long reordered() {
        return reordered.get();
    }

    public long delivered() {
        return delivered.get();
    }

    public long data() {
        return data.get();
    }

    public long acks() {
        return acks.get();
    }

    @Override
    public String toString() {
        return "received " + received() + " (data " + data() + ", acks " + acks() + "), dropped " + dropped()
                + ", duplicated " + duplicated() + ", reordered " + reordered() + ", delivered " + delivered();
    }
}
