package org.ewcstation.services.ewc.poll;

/**
 * Decides when a pre-download that was just started is over. Small images can finish before the first
 * poll, so "we saw it move" is not required when the controller reports a finished run; a run that never
 * shows any sign of life counts as over after {@code graceSnapshots} polls.
 */
public final class PredownloadWatch {

    private final int graceSnapshots;
    private boolean moved;
    private int seen;

    public PredownloadWatch(int graceSnapshots) {
        this.graceSnapshots = graceSnapshots;
    }

    /** Feeds the next snapshot; true once the run is over (every AP done, failed or not supported). */
    public boolean over(ApSnapshot s) {
        seen++;
        if (s.downloadInProgress()) {
            moved = true;
            return false;
        }
        boolean controllerFinished = s.predownload() != null
                && s.predownload().status() != null
                && !s.predownload().status().equalsIgnoreCase("none");
        return s.allSettled() && (moved || controllerFinished || seen > graceSnapshots);
    }
}
