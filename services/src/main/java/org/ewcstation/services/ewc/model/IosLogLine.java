package org.ewcstation.services.ewc.model;

/**
 * One IOS-XE log line: {@code *Feb 1 17:05:37.108: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: ...}.
 * {@code timestamp} is the text as printed (the controller's clock, no year), {@code severity} 0..7.
 */
public record IosLogLine(
        String timestamp, String facility, int severity, String mnemonic, String message, LogEvent event, String raw) {}
