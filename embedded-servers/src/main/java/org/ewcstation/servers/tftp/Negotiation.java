package org.ewcstation.servers.tftp;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of RFC 2347 option negotiation for one read request: what the transfer will use and
 * what the OACK says. Options we do not know, and values out of range, are ignored (RFC 2347 lets a
 * server leave an option out of its OACK), never refused: an AP that asks for something odd still
 * gets its image with plain RFC 1350 values.
 *
 * @param oack the acknowledged options in the order the client sent them; empty means "send no OACK"
 */
record Negotiation(int blockSize, int windowSize, Duration timeout, long transferSize, Map<String, String> oack) {

    static final int DEFAULT_BLOCK_SIZE = 512;
    /** IPv6's fixed header is 20 bytes bigger than IPv4's: less room for data in the same MTU. */
    static final int IPV6_HEADER_EXTRA = 20;

    Negotiation {
        oack = Collections.unmodifiableMap(new LinkedHashMap<>(oack));
    }

    boolean hasOptions() {
        return !oack.isEmpty();
    }

    /**
     * @param requested the options from the RRQ (names in any case)
     * @param fileSize  the file's size, or -1 when it cannot be told in advance (netascii)
     */
    static Negotiation of(Map<String, String> requested, long fileSize, boolean ipv6Peer, TftpSettings settings) {
        int ceiling = settings.maxBlockSize();
        if (ipv6Peer) {
            ceiling = Math.max(TftpSettings.MIN_BLOCK_SIZE, ceiling - IPV6_HEADER_EXTRA);
        }
        int blockSize = DEFAULT_BLOCK_SIZE;
        int window = 1;
        Duration timeout = settings.timeout();
        Map<String, String> oack = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : requested.entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            long value = parse(e.getValue());
            switch (name) {
                case "blksize" -> {
                    if (value >= TftpSettings.MIN_BLOCK_SIZE) {
                        blockSize = (int) Math.min(value, ceiling);
                        oack.put(name, Integer.toString(blockSize));
                    }
                }
                case "tsize" -> {
                    if (value >= 0 && fileSize >= 0) {
                        oack.put(name, Long.toString(fileSize));
                    }
                }
                case "timeout" -> {
                    if (value >= 1 && value <= 255) {
                        timeout = Duration.ofSeconds(value);
                        oack.put(name, Long.toString(value));
                    }
                }
                case "windowsize" -> {
                    if (value >= 1 && value <= 65535) {
                        window = (int) Math.min(value, settings.maxWindowSize());
                        oack.put(name, Integer.toString(window));
                    }
                }
                default -> {
                    // unknown options are left out of the OACK (RFC 2347)
                }
            }
        }
        return new Negotiation(blockSize, window, timeout, fileSize, oack);
    }

    private static long parse(String value) {
        if (value == null || value.isEmpty() || value.length() > 10) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(value);
    }
}
