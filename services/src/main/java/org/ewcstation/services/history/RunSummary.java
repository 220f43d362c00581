package org.ewcstation.services.history;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored run, as the history list shows it ({@code controller} is the address, {@code identity} names it).
 * {@code outcome} says what it achieved; {@code controllerVersionAfter} is the release after the reload (blank
 * when none was read); {@code existingServer} is true when the technician's own server served it.
 */
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
        RunState state,
        ControllerIdentity identity,
        RunOutcome outcome,
        String controllerVersionAfter,
        boolean existingServer) {

    public RunSummary {
        identity = identity == null ? ControllerIdentity.UNKNOWN : identity;
        outcome = outcome == null ? RunOutcome.parse("", state) : outcome;
        controllerVersionAfter = controllerVersionAfter == null ? "" : controllerVersionAfter;
    }

    /** The controller in a list: its hostname when known, and its address. */
    public String controllerShort() {
        return identity.name().isEmpty() ? controller : identity.name() + " · " + controller;
    }

    /** The controller as people read it: name, model and serial when known, and its address. */
    public String controllerLabel() {
        return identity.label(controller);
    }
}
