package org.ewcstation.services.ewc.model;

/** Per-AP pre-download progress; {@code percent} is null when the controller did not say, {@code eta} is its text. */
public record ApProgress(String apName, Integer percent, String eta, String status) {}
