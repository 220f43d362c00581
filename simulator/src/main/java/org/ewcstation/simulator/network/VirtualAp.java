package org.ewcstation.simulator.network;

import java.time.Instant;

/**
 * One simulated access point. Mutable and guarded by its own monitor: the pre-download threads write,
 * the CLI sessions read a {@link Snapshot}.
 */
public final class VirtualAp {

    private final String name;
    private final ApModel model;
    private final String ethernetMac;
    private final String radioMac;
    private final String ip;
    private final boolean hostsController;
    private String primary;
    private String backup;
    private boolean joined = true;
    private PredownloadStatus status = PredownloadStatus.NONE;
    private String predownloadVersion = "N/A";
    private int retries;
    private Instant nextRetry;
    private long bytesDone;
    private long bytesTotal;
    private double bytesPerSecond;
    /** The pre-download run this AP's progress belongs to; updates from an older run are ignored. */
    private int run;

    public VirtualAp(
            String name,
            ApModel model,
            String ethernetMac,
            String radioMac,
            String ip,
            boolean hostsController,
            String primary,
            String backup) {
        this.name = name;
        this.model = model;
        this.ethernetMac = ethernetMac;
        this.radioMac = radioMac;
        this.ip = ip;
        this.hostsController = hostsController;
        this.primary = primary;
        this.backup = backup;
    }

    public String name() {
        return name;
    }

    public ApModel model() {
        return model;
    }

    public String imageType() {
        return model.imageType();
    }

    public boolean hostsController() {
        return hostsController;
    }

    public synchronized boolean joined() {
        return joined;
    }

    public synchronized void setJoined(boolean joined) {
        this.joined = joined;
    }

    public synchronized void begin(String version, int run) {
        this.run = run;
        status = PredownloadStatus.INITIATED;
        predownloadVersion = version;
        retries = 0;
        nextRetry = null;
        bytesDone = 0;
        bytesTotal = 0;
        bytesPerSecond = 0;
    }

    public synchronized void status(int run, PredownloadStatus s) {
        if (this.run == run) {
            status = s;
        }
    }

    /** Ends the run: an active AP becomes Aborted and later updates of that run are ignored. */
    public synchronized void abort() {
        if (status == PredownloadStatus.INITIATED || status == PredownloadStatus.PREDOWNLOADING) {
            status = PredownloadStatus.ABORTED;
        }
        run = -1;
    }

    public synchronized void progress(int run, long done, long total, double rate) {
        if (this.run != run) {
            return;
        }
        status = PredownloadStatus.PREDOWNLOADING;
        bytesDone = done;
        bytesTotal = total;
        bytesPerSecond = rate;
    }

    public synchronized void retryAt(int run, Instant when) {
        if (this.run != run) {
            return;
        }
        retries++;
        nextRetry = when;
        status = PredownloadStatus.INITIATED;
    }

    public synchronized void complete(int run) {
        if (this.run != run) {
            return;
        }
        status = PredownloadStatus.COMPLETE;
        backup = predownloadVersion;
        nextRetry = null;
        bytesDone = bytesTotal;
    }

    /** {@code ap image swap}: the pre-downloaded (backup) image becomes the one the AP boots. */
    public synchronized void swap() {
        String p = primary;
        primary = backup;
        backup = p;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(
                name,
                model,
                ethernetMac,
                radioMac,
                ip,
                hostsController,
                joined,
                primary,
                backup,
                status,
                predownloadVersion,
                retries,
                nextRetry,
                bytesDone,
                bytesTotal,
                bytesPerSecond);
    }

    /** What a CLI command sees of one AP at one moment. */
    public record Snapshot(
            String name,
            ApModel model,
            String ethernetMac,
            String radioMac,
            String ip,
            boolean hostsController,
            boolean joined,
            String primary,
            String backup,
            PredownloadStatus status,
            String predownloadVersion,
            int retries,
            Instant nextRetry,
            long bytesDone,
            long bytesTotal,
            double bytesPerSecond) {

        public String imageType() {
            return model.imageType();
        }

        /** 0–100, or -1 before any byte moved. */
        public int percent() {
            if (status == PredownloadStatus.COMPLETE) {
                return 100;
            }
            return bytesTotal <= 0
                    ? (status == PredownloadStatus.PREDOWNLOADING ? 0 : -1)
                    : (int) Math.min(100, bytesDone * 100 / bytesTotal);
        }

        /** Seconds left at the current rate, or -1 when unknown. */
        public long etaSeconds() {
            if (status != PredownloadStatus.PREDOWNLOADING || bytesPerSecond <= 0 || bytesTotal <= 0) {
                return -1;
            }
            return (long) Math.ceil((bytesTotal - bytesDone) / bytesPerSecond);
        }
    }
}
