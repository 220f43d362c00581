package org.ewcstation.services.inventory;

import java.time.Instant;

/** An AP's primary image changed from {@code from} (empty for the first sighting) to {@code to}. */
public record ImageChange(String apName, Instant at, String from, String to) {}
