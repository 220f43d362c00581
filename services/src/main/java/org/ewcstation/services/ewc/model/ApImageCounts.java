package org.ewcstation.services.ewc.model;

/** The counters block at the top of {@code show ap image}. */
public record ApImageCounts(
        int initiated,
        int downloading,
        int predownloading,
        int completedDownloading,
        int completedPredownloading,
        int notSupported,
        int failedToPredownload,
        boolean predownloadInProgress) {

    public static final ApImageCounts EMPTY = new ApImageCounts(0, 0, 0, 0, 0, 0, 0, false);

    /** APs still moving: initiated, downloading or predownloading. */
    public int active() {
        return initiated + downloading + predownloading;
    }
}
