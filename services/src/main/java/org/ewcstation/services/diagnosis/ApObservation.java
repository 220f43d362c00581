package org.ewcstation.services.diagnosis;

import java.time.Instant;

/**
 * One AP as one poll of the controller saw it ({@code show ap summary} joined with {@code show ap image}):
 * the status is the pre-download status string as the controller prints it ("Initiated", "Predownloading",
 * "Complete", "Failed", ...).
 */
public record ApObservation(String name, String model, String status, int retryCount, Instant time) {}
