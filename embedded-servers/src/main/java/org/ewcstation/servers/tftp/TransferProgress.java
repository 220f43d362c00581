package org.ewcstation.servers.tftp;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.FailureReason;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;

/**
 * The event side of one transfer: the live counter is set on every ACK (one volatile write), events
 * are pushed for start and end and at most once per progress interval in between.
 */
final class TransferProgress {

    private final TransferListener events;
    private final TransferRegistry.Live live;
    private final InetSocketAddress peer;
    private final String file;
    private final long size;
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private long nextEventNanos;
    private long lastEventNanos = startNanos;
    private long lastEventBytes;
    private long bytes;

    TransferProgress(
            TransferListener events,
            TransferRegistry.Live live,
            InetSocketAddress peer,
            String file,
            long size,
            Duration interval) {
        this.events = events;
        this.live = live;
        this.peer = peer;
        this.file = file;
        this.size = size;
        this.intervalNanos = interval.toNanos();
        this.nextEventNanos = startNanos + intervalNanos;
    }

    void started(Map<String, String> options) {
        events.onEvent(new TransferEvent.Started(live.id(), Instant.now(), Protocol.TFTP, peer, file, size, options));
    }

    void acknowledged(long total) {
        bytes = total;
        live.set(total);
        long now = System.nanoTime();
        if (now >= nextEventNanos) {
            double rate = (total - lastEventBytes) * 1e9 / Math.max(1, now - lastEventNanos);
            events.onEvent(
                    new TransferEvent.Progress(live.id(), Instant.now(), Protocol.TFTP, peer, file, total, size, rate));
            lastEventNanos = now;
            lastEventBytes = total;
            nextEventNanos = now + intervalNanos;
        }
    }

    void completed() {
        long elapsed = Math.max(1, System.nanoTime() - startNanos);
        events.onEvent(new TransferEvent.Completed(
                live.id(),
                Instant.now(),
                Protocol.TFTP,
                peer,
                file,
                bytes,
                Duration.ofNanos(elapsed),
                bytes * 1e9 / elapsed));
    }

    void failed(FailureReason reason, String detail) {
        events.onEvent(
                new TransferEvent.Failed(live.id(), Instant.now(), Protocol.TFTP, peer, file, bytes, reason, detail));
    }
}
