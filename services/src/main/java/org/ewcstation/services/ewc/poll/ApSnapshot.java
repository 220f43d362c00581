package org.ewcstation.services.ewc.poll;

import java.time.Instant;
import java.util.List;
import org.ewcstation.services.ewc.model.ApImageCounts;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.model.PredownloadState;
import org.ewcstation.services.ewc.parse.ParseProblem;

/**
 * Everything one poll saw, immutable. {@code predownload} is null when the release lacks the command;
 * {@code problems} are the output lines no parser understood.
 */
public record ApSnapshot(
        Instant takenAt,
        String controller,
        ApImageCounts counts,
        PredownloadState predownload,
        List<ApStatus> aps,
        List<ParseProblem> problems) {

    public ApSnapshot {
        aps = List.copyOf(aps);
        problems = List.copyOf(problems);
    }

    /** A download is moving: the controller says so, or an AP is in an active phase. */
    public boolean downloadInProgress() {
        return counts.predownloadInProgress()
                || counts.active() > 0
                || aps.stream().anyMatch(a -> a.phase().active());
    }

    /** Every AP finished one way or the other, and none is moving. */
    public boolean allSettled() {
        return !downloadInProgress() && aps.stream().allMatch(a -> a.phase().terminal());
    }

    public long failed() {
        return aps.stream().filter(a -> a.phase() == PredownloadPhase.FAILED).count();
    }
}
