package org.ewcstation.services.inventory;

import java.time.Instant;

/** A controller in the inventory; text fields are empty when not known yet. */
public record InventoryController(
        long id,
        String address,
        int port,
        String hostname,
        String version,
        String platform,
        String hostKeyFingerprint,
        Instant firstSeen,
        Instant lastSeen) {}
