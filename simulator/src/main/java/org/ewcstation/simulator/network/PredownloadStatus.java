package org.ewcstation.simulator.network;

/** The words {@code show ap image} prints in its "Predownload Status" column. */
public enum PredownloadStatus {
    NONE("None"),
    /** The controller is fetching this AP's image type from the image server. */
    INITIATED("Initiated"),
    /** The controller hands the image to the AP over CAPWAP. */
    PREDOWNLOADING("Predownloading"),
    COMPLETE("Complete"),
    FAILED("Failed"),
    ABORTED("Aborted");

    private final String word;

    PredownloadStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
