package org.ewcstation.services.discovery;

/**
 * A controller that answered a CAPWAP Discovery Request. {@code activeAps}/{@code maxAps} come from the AC
 * Descriptor; fields the response lacked are empty strings or -1.
 */
public record CapwapController(
        String address, int port, String acName, String hardware, String software, int activeAps, int maxAps) {}
