package org.ewcstation.services.history;

import java.time.Instant;
import java.util.List;
import org.ewcstation.services.diagnosis.Diagnosis;

/** Everything stored about one run, ready to render. */
public record RunReport(
        RunSummary run,
        List<ApLine> aps,
        List<StatusChange> statusChanges,
        List<TransferRecord> transfers,
        List<Diagnosis> diagnoses,
        List<RunMark> marks) {

    public RunReport {
        aps = List.copyOf(aps);
        statusChanges = List.copyOf(statusChanges);
        transfers = List.copyOf(transfers);
        diagnoses = List.copyOf(diagnoses);
        marks = List.copyOf(marks);
    }

    /**
     * One AP: the version it ran at the start, the last version and status the controller reported, and the image
     * it ran after activation (blank when the run did not activate).
     */
    public record ApLine(
            String name,
            String model,
            String fromVersion,
            String lastVersion,
            String lastStatus,
            int maxRetries,
            String afterVersion) {}

    public record StatusChange(Instant at, String ap, String status, String version, int retryCount) {}

    public record TransferRecord(
            Instant startedAt,
            String protocol,
            String peer,
            String file,
            long bytes,
            long durationMs,
            double bytesPerSecond,
            String result,
            String reason) {}

    /** interrupted / resumed / finished, with when. */
    public record RunMark(Instant at, String kind) {}
}
