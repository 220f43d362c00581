package org.ewcstation.services.diagnosis;

import java.time.Duration;
import java.util.Set;
import org.ewcstation.servers.event.Protocol;

/**
 * The upgrade being watched and the engine's patience. {@code bundleImageTypes} are the AP image types the
 * bundle in the profile holds (empty when unknown: the missing-type rule is then off).
 */
public record DiagnosticsSettings(
        Protocol mode,
        int port,
        Set<String> bundleImageTypes,
        String bundlePath,
        Duration noRequestWithin,
        Duration stuckAfter,
        Duration stallAfter) {

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
                Duration.ofSeconds(60));
    }
}
