package org.ewcstation.tests.link;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/** A packet waiting for its time to leave the link; equal times leave in arrival order. */
record Scheduled(long due, long sequence, DatagramChannel via, InetSocketAddress to, byte[] bytes, LinkStats stats)
        implements Delayed {

    /** Wakes the sender so it sees the link is closing. */
    static final Scheduled STOP = new Scheduled(Long.MIN_VALUE, Long.MIN_VALUE, null, null, null, null);

    @Override
    public long getDelay(TimeUnit unit) {
        return due == Long.MIN_VALUE ? Long.MIN_VALUE : unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
        Scheduled o = (Scheduled) other;
        if (due != o.due) {
            return due == Long.MIN_VALUE ? -1 : o.due == Long.MIN_VALUE ? 1 : Long.compare(due - o.due, 0);
        }
        return Long.compare(sequence, o.sequence);
    }
}
