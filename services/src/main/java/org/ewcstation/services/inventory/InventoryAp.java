package org.ewcstation.services.inventory;

import java.time.Instant;

/** An AP of an inventoried controller as last seen; text fields are empty when not known. */
public record InventoryAp(
        String name,
        String model,
        String imageType,
        String ethernetMac,
        String radioMac,
        String ipAddress,
        String primaryImage,
        String backupImage,
        String lastStatus,
        Instant firstSeen,
        Instant lastSeen) {}
