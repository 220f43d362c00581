package org.ewcstation.services.repository;

import java.util.function.LongSupplier;
import org.ewcstation.services.repository.ImportException.Reason;

/**
 * Counts what an extraction writes and refuses as soon as it goes wrong, before the disk fills: more than the
 * free space allows, more than the import's total cap, more than an entry declared, or more per compressed byte
 * than the expansion bound. Declared sizes are judged before anything is written.
 */
final class ExpansionGuard {

    private final ImportLimits limits;
    private long budget;
    private long declaredTotal;
    private long writtenTotal;

    private String entry;
    private long entryDeclared;
    private long entryWritten;
    private LongSupplier compressedRead;
    private boolean wholeArchive;

    /** {@code budget}: bytes the disk can still take. */
    ExpansionGuard(ImportLimits limits, long budget) {
        this.limits = limits;
        this.budget = budget;
    }

    /** An entry's size as its header states it ({@code -1}: unknown); too large alone or with the others, refused. */
    void declare(String name, long size) throws ImportException {
        if (size < 0) {
            return;
        }
        if (size > limits.maxTotalBytes() || declaredTotal + size > limits.maxTotalBytes()) {
            throw new ImportException(Reason.DECLARED_TOO_LARGE, name, size, limits.maxTotalBytes());
        }
        declaredTotal += size;
    }

    /**
     * Starts counting one entry. {@code compressedRead} tells how many compressed bytes were consumed: for the
     * entry alone ({@code wholeArchive} false, a zip entry) or for the archive so far (a compressed tar).
     */
    void begin(String name, long declaredSize, LongSupplier compressedRead, boolean wholeArchive) {
        this.entry = name;
        this.entryDeclared = declaredSize;
        this.entryWritten = 0;
        this.compressedRead = compressedRead;
        this.wholeArchive = wholeArchive;
    }

    /** Called before {@code n} more bytes of the current entry are written. */
    void add(int n) throws ImportException {
        budget -= n;
        entryWritten += n;
        writtenTotal += n;
        if (budget < 0) {
            throw new ImportException(Reason.EXPANDS_TOO_MUCH, entry);
        }
        if (writtenTotal > limits.maxTotalBytes()) {
            throw new ImportException(Reason.TOTAL_TOO_LARGE, entry, limits.maxTotalBytes());
        }
        if (entryDeclared >= 0 && entryWritten > entryDeclared) {
            throw new ImportException(Reason.SIZE_MISMATCH, entry, entryDeclared);
        }
        long produced = wholeArchive ? writtenTotal : entryWritten;
        if (compressedRead != null && produced > ImportLimits.RATIO_GRACE_BYTES) {
            long compressed = Math.max(1, compressedRead.getAsLong());
            if (produced / compressed > limits.maxExpansionRatio()) {
                throw new ImportException(Reason.EXPANSION_RATIO, entry, limits.maxExpansionRatio());
            }
        }
    }

    /** The current entry is complete: it must hold exactly what it declared. */
    void end() throws ImportException {
        if (entryDeclared >= 0 && entryWritten != entryDeclared) {
            throw new ImportException(Reason.SIZE_MISMATCH, entry, entryDeclared);
        }
    }
}
