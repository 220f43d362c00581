package org.ewcstation.services.ewc.model;

import java.util.List;

/** The parse of {@code show ap summary}. */
public record ApSummary(List<ApSummaryEntry> aps) {

    public ApSummary {
        aps = List.copyOf(aps);
    }
}
