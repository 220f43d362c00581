package org.ewcstation.services.history;

import java.time.Instant;
import java.util.Optional;

/** One stored run, as the history list shows it. */
public record RunSummary(
        long id,
        String controller,
        String controllerVersion,
        String bundlePath,
        String bundleVersion,
        String mode,
        String server,
        Instant startedAt,
        Optional<Instant> endedAt,
        RunState state) {}
