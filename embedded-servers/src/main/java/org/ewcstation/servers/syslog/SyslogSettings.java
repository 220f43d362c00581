package org.ewcstation.servers.syslog;

import java.util.Objects;

/**
 * The syslog receiver's settings.
 *
 * @param bindAddress       address to listen on ({@code 0.0.0.0} for all)
 * @param port              UDP port; 514 is what {@code logging host <ip>} sends to
 * @param maxDatagramBytes  longer datagrams are counted as oversized and dropped (RFC 5426 asks for at least 2048)
 * @param messagesPerSecond sustained rate accepted; beyond it datagrams are counted and dropped
 * @param burst             how many may arrive at once before the rate applies (a reload logs a burst)
 */
public record SyslogSettings(String bindAddress, int port, int maxDatagramBytes, int messagesPerSecond, int burst) {

    public static final int DEFAULT_PORT = 514;

    public SyslogSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        if (maxDatagramBytes < 480 || maxDatagramBytes > 65507) {
            throw new IllegalArgumentException("maxDatagramBytes " + maxDatagramBytes);
        }
        if (messagesPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("messagesPerSecond and burst must be at least 1");
        }
    }

    public static SyslogSettings defaults() {
        return new SyslogSettings("0.0.0.0", DEFAULT_PORT, 8192, 500, 2000);
    }

    public SyslogSettings withBind(String address, int newPort) {
        return new SyslogSettings(address, newPort, maxDatagramBytes, messagesPerSecond, burst);
    }

    public SyslogSettings withRate(int perSecond, int newBurst) {
        return new SyslogSettings(bindAddress, port, maxDatagramBytes, perSecond, newBurst);
    }
}
