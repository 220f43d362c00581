package org.ewcstation.services.repository;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Live counters of one import, sampled by the UI a few times a second (never pushed per block: a 300 MB
 * controller image would otherwise send thousands of updates). Written by the importing thread only.
 */
public final class ImportProgress {

    /** What the import is doing now. */
    public enum Phase {
        PREPARING,
        EXTRACTING,
        VERIFYING,
        DONE,
        FAILED;

        public String key() {
            return "repository.import.phase." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One consistent-enough reading; {@code total} is -1 while unknown. */
    public record Snapshot(Phase phase, long bytes, long total, String currentFile) {
        /** 0..1, or -1 when the total is unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) bytes / total);
        }
    }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.PREPARING);
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicReference<String> currentFile = new AtomicReference<>("");

    public Snapshot snapshot() {
        return new Snapshot(phase.get(), bytes.get(), total.get(), currentFile.get());
    }

    void phase(Phase p, long totalBytes) {
        bytes.set(0);
        total.set(totalBytes);
        phase.set(p);
    }

    void failed() {
        phase.set(Phase.FAILED);
    }

    void done() {
        phase.set(Phase.DONE);
    }

    void file(String name) {
        currentFile.set(name);
    }

    void add(long n) {
        bytes.addAndGet(n);
    }
}
