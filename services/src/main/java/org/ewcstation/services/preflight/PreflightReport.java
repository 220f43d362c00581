package org.ewcstation.services.preflight;

import java.util.List;
import org.ewcstation.services.preflight.CheckResult.Level;

/** Every check's verdict, in display order. */
public record PreflightReport(List<CheckResult> results) {

    public PreflightReport {
        results = List.copyOf(results);
    }

    /** The worst level: RED means Save &amp; Download should not be offered. */
    public Level overall() {
        return results.stream().map(CheckResult::level).max(Enum::compareTo).orElse(Level.GREEN);
    }

    public boolean blocking() {
        return overall() == Level.RED;
    }

    public List<CheckResult> of(PreflightCheck check) {
        return results.stream().filter(r -> r.check() == check).toList();
    }
}
