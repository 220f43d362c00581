package org.ewcstation.services.ewc.model;

import java.util.Locale;

/** One AP row of {@code show ap image}, values as the controller prints them. */
public record ApImageEntry(
        String name,
        String primaryImage,
        String backupImage,
        String predownloadStatus,
        String predownloadVersion,
        String nextRetryTime,
        int retryCount,
        String method) {

    /** The pre-download status as a code, whatever its spelling on this release. */
    public PredownloadPhase phase() {
        return PredownloadPhase.of(predownloadStatus);
    }

    public boolean statusContains(String word) {
        return predownloadStatus != null
                && predownloadStatus.toLowerCase(Locale.ROOT).contains(word);
    }
}
