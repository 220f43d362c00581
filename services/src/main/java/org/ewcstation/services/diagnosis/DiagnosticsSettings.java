package org.ewcstation.services.diagnosis;

import java.time.Duration;
import java.util.Set;
import org.ewcstation.servers.event.Protocol;

/**
 * The upgrade being watched and the engine's patience. {@code bundleImageTypes} are the AP image types the
 * bundle in the profile holds (empty when unknown: the missing-type rule is then off). {@code ourServer} says
 * whether our embedded server serves the run: only then do we see the controller's requests, so only then can
 * "no request within {@code noRequestWithin}" mean anything (an existing server's requests never reach us).
 */
public record DiagnosticsSettings(
        Protocol mode,
        int port,
        Set<String> bundleImageTypes,
        String bundlePath,
        Duration noRequestWithin,
        Duration stuckAfter,
        Duration stallAfter,
        boolean ourServer) {

    public DiagnosticsSettings {
        bundleImageTypes = Set.copyOf(bundleImageTypes);
    }

    /** Defaults a TAC engineer would use: the EWC asks within a minute; a state older than 15 min is stuck. */
    public static DiagnosticsSettings defaults(
            Protocol mode, int port, Set<String> bundleImageTypes, String bundlePath) {
        return new DiagnosticsSettings(
                mode,
                port,
                bundleImageTypes,
                bundlePath,
                Duration.ofSeconds(90),
                Duration.ofMinutes(15),
                Duration.ofSeconds(60),
                true);
    }

    /** The same run served by an existing server: no rule that needs to see the controller's requests. */
    public DiagnosticsSettings existingServer() {
        return new DiagnosticsSettings(
                mode, port, bundleImageTypes, bundlePath, noRequestWithin, stuckAfter, stallAfter, false);
    }
}
