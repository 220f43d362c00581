package org.ewcstation.services.diagnosis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One IOS-XE log line split into its parts:
 * {@code *Feb 1 20:29:25.730: %INSTALL-3-OPERATION_ERROR_MESSAGE: Chassis 1 R0/0: install_engine: ...}.
 * The leading syslog priority ({@code <187>}), sequence number and {@code *} are tolerated.
 */
public record SyslogMessage(String timestamp, String facility, int severity, String mnemonic, String text) {

    private static final Pattern TAG = Pattern.compile("%([A-Z0-9_]+)-([0-7])-([A-Z0-9_]+):\\s?(.*)$");
    private static final Pattern TIME = Pattern.compile(
            "([A-Z][a-z]{2}\\s+\\d{1,2}\\s+(?:\\d{4}\\s+)?\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:\\s+[A-Z]{2,5})?)");

    public static Optional<SyslogMessage> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String line = raw.strip();
        Matcher m = TAG.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher t = TIME.matcher(line.substring(0, m.start()));
        String ts = t.find() ? t.group(1) : "";
        return Optional.of(new SyslogMessage(
                ts,
                m.group(1),
                Integer.parseInt(m.group(2)),
                m.group(3),
                m.group(4).strip()));
    }
}
