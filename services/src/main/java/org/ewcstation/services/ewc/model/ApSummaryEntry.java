package org.ewcstation.services.ewc.model;

/**
 * One AP row of {@code show ap summary}. Fields a layout lacks are null (the old layout has no
 * regulatory domain column, the new one names the country column CC).
 */
public record ApSummaryEntry(
        String name,
        Integer slots,
        String model,
        String ethernetMac,
        String radioMac,
        String countryCode,
        String regulatoryDomain,
        String ipAddress,
        String state,
        String location) {}
