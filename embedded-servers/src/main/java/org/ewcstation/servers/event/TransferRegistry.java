package org.ewcstation.servers.event;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live transfers of all servers, with atomic counters that the UI samples a few times a second
 * (sampled, not pushed: a 300 MB TFTP transfer at 512-byte blocks would otherwise send 600,000 updates).
 */
public final class TransferRegistry {

    private static final AtomicLong IDS = new AtomicLong();

    private final ConcurrentHashMap<Long, Live> live = new ConcurrentHashMap<>();

    /** Registers a new transfer and returns its counter; call {@link Live#close()} when it ends. */
    public Live open(Protocol protocol, InetSocketAddress peer, String file, long size) {
        Live l = new Live(IDS.incrementAndGet(), protocol, peer, file, size, Instant.now(), this);
        live.put(l.id, l);
        return l;
    }

    /** A consistent-enough copy of every running transfer. */
    public List<Snapshot> snapshot() {
        Collection<Live> values = live.values();
        return values.stream().map(Live::snapshot).toList();
    }

    public int activeCount() {
        return live.size();
    }

    /** What a sampler sees of one transfer at one moment. */
    public record Snapshot(
            long id, Protocol protocol, InetSocketAddress peer, String file, long size, long bytes, Instant started) {}

    /** One running transfer's counter. */
    public static final class Live implements AutoCloseable {
        private final long id;
        private final Protocol protocol;
        private final InetSocketAddress peer;
        private final String file;
        private final long size;
        private final Instant started;
        private final TransferRegistry owner;
        private final AtomicLong bytes = new AtomicLong();

        private Live(
                long id,
                Protocol protocol,
                InetSocketAddress peer,
                String file,
                long size,
                Instant started,
                TransferRegistry owner) {
            this.id = id;
            this.protocol = protocol;
            this.peer = peer;
            this.file = file;
            this.size = size;
            this.started = started;
            this.owner = owner;
        }

        public long id() {
            return id;
        }

        public Instant started() {
            return started;
        }

        public long bytes() {
            return bytes.get();
        }

        public void add(long n) {
            bytes.addAndGet(n);
        }

        /** For protocols that know the absolute position (TFTP block * size). */
        public void set(long n) {
            bytes.set(n);
        }

        public Snapshot snapshot() {
            return new Snapshot(id, protocol, peer, file, size, bytes.get(), started);
        }

        @Override
        public void close() {
            owner.live.remove(id);
        }
    }
}
