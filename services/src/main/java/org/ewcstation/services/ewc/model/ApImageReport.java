package org.ewcstation.services.ewc.model;

import java.util.List;

/** The parse of {@code show ap image}: counters and one entry per AP. */
public record ApImageReport(int totalAps, ApImageCounts counts, List<ApImageEntry> aps) {

    public ApImageReport {
        aps = List.copyOf(aps);
    }
}
