package org.ewcstation.services.repository;

/**
 * How far an import may expand, so a damaged or malicious archive (a "zip bomb") is refused before it fills
 * the disk. Cisco's largest bundles are about 1.5 GB and their images are already compressed (about 1:1),
 * so the defaults leave a wide margin.
 *
 * @param maxTotalBytes     bytes the whole bundle may take once extracted, declared and actual (default 4 GiB)
 * @param maxExpansionRatio how many bytes one compressed byte may become (default 200:1); judged once an entry
 *                          (or a compressed tar) has produced {@link #RATIO_GRACE_BYTES}, because small text
 *                          files such as version.info compress far better than images
 */
public record ImportLimits(long maxTotalBytes, int maxExpansionRatio) {

    public static final long DEFAULT_MAX_TOTAL_BYTES = 4L << 30;
    public static final int DEFAULT_MAX_EXPANSION_RATIO = 200;
    static final long RATIO_GRACE_BYTES = 1L << 20;
    /** Entries an archive may hold: a release bundle has a few dozen; a million empty ones exhaust memory and inodes. */
    public static final int MAX_ENTRIES = 10_000;

    public ImportLimits {
        if (maxTotalBytes <= 0 || maxExpansionRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxTotalBytes + ", " + maxExpansionRatio);
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_EXPANSION_RATIO);
    }
}
