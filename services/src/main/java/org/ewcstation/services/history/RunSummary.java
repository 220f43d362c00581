package org.ewcstation.services.history;

import java.time.Instant;
import java.util.Optional;

/** One stored run, as the history list shows it ({@code controller} is the address, {@code identity} names it). */
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
        ControllerIdentity identity) {

    public RunSummary {
        identity = identity == null ? ControllerIdentity.UNKNOWN : identity;
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
