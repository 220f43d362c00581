package org.ewcstation.servers.tftp;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.ewcstation.servers.net.PeerLimits;

/**
 * Everything the TFTP server can be told. Defaults follow what an EWC needs on a plain office LAN:
 * all addresses, port 69, a blksize ceiling that keeps a DATA packet inside a 1500-byte Ethernet
 * frame, and a patience that reclaims a vanished AP within about twelve seconds.
 *
 * @param bindAddress   the local address to listen on; {@code null} means every address, IPv4 and IPv6
 * @param port          the request port (69 for every EWC; 0 picks a free one, for tests)
 * @param root          the only folder files are served from
 * @param maxBlockSize  ceiling on the negotiated blksize (RFC 2348 allows 8..65464); IPv6 peers get 20
 *                      bytes less because their header is that much bigger
 * @param maxWindowSize ceiling on the negotiated windowsize (RFC 7440)
 * @param timeout       ceiling of the adaptive retransmission timeout when the client negotiates none
 *                      (RFC 2349); the timeout itself follows the measured round trip
 * @param maxRetries    patience: a transfer is given up after {@code (maxRetries + 1) × timeout} without
 *                      an ACK that moves it on, as long as a fixed timeout with that many retries waited
 * @param transferPorts local ports for the transfers' TIDs, or {@code null} for any ephemeral port
 * @param maxTransfers  concurrent transfers; more are refused as busy
 * @param progressInterval the least time between two progress events of one transfer
 * @param peerLimits    what one address may take: transfers at once, requests per second
 */
public record TftpSettings(
        InetAddress bindAddress,
        int port,
        Path root,
        int maxBlockSize,
        int maxWindowSize,
        Duration timeout,
        int maxRetries,
        PortRange transferPorts,
        int maxTransfers,
        Duration progressInterval,
        PeerLimits peerLimits) {

    public static final int DEFAULT_PORT = 69;
    /** 1500 (Ethernet MTU) - 20 (IPv4) - 8 (UDP) - 4 (TFTP header). */
    public static final int DEFAULT_MAX_BLOCK_SIZE = 1468;

    public static final int MIN_BLOCK_SIZE = 8;
    public static final int MAX_BLOCK_SIZE = 65464;

    public TftpSettings {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(peerLimits, "peerLimits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBlockSize < MIN_BLOCK_SIZE || maxBlockSize > MAX_BLOCK_SIZE) {
            throw new IllegalArgumentException("maxBlockSize must be within 8..65464: " + maxBlockSize);
        }
        if (maxWindowSize < 1 || maxWindowSize > 1024) {
            throw new IllegalArgumentException("maxWindowSize must be within 1..1024: " + maxWindowSize);
        }
        if (timeout.isNegative() || timeout.isZero() || maxRetries < 0 || maxTransfers < 1) {
            throw new IllegalArgumentException("timeout, maxRetries and maxTransfers must be positive");
        }
    }

    /** The defaults for serving {@code root}. */
    public static TftpSettings defaults(Path root) {
        return new TftpSettings(
                null,
                DEFAULT_PORT,
                root,
                DEFAULT_MAX_BLOCK_SIZE,
                64,
                Duration.ofSeconds(2),
                5,
                null,
                1000,
                Duration.ofMillis(500),
                PeerLimits.defaults());
    }

    public TftpSettings withBindAddress(InetAddress address) {
        return new TftpSettings(
                address,
                port,
                root,
                maxBlockSize,
                maxWindowSize,
                timeout,
                maxRetries,
                transferPorts,
                maxTransfers,
                progressInterval,
                peerLimits);
    }

    public TftpSettings withPort(int newPort) {
        return new TftpSettings(
                bindAddress,
                newPort,
                root,
                maxBlockSize,
                maxWindowSize,
                timeout,
                maxRetries,
                transferPorts,
                maxTransfers,
                progressInterval,
                peerLimits);
    }

    public TftpSettings withMaxBlockSize(int size) {
        return new TftpSettings(
                bindAddress,
                port,
                root,
                size,
                maxWindowSize,
                timeout,
                maxRetries,
                transferPorts,
                maxTransfers,
                progressInterval,
                peerLimits);
    }

    public TftpSettings withTimeout(Duration newTimeout, int retries) {
        return new TftpSettings(
                bindAddress,
                port,
                root,
                maxBlockSize,
                maxWindowSize,
                newTimeout,
                retries,
                transferPorts,
                maxTransfers,
                progressInterval,
                peerLimits);
    }

    public TftpSettings withTransferPorts(PortRange range) {
        return new TftpSettings(
                bindAddress,
                port,
                root,
                maxBlockSize,
                maxWindowSize,
                timeout,
                maxRetries,
                range,
                maxTransfers,
                progressInterval,
                peerLimits);
    }

    public TftpSettings withMaxTransfers(int max) {
        return new TftpSettings(
                bindAddress,
                port,
                root,
                maxBlockSize,
                maxWindowSize,
                timeout,
                maxRetries,
                transferPorts,
                max,
                progressInterval,
                peerLimits);
    }

    /** With other limits per address. */
    public TftpSettings withPeerLimits(PeerLimits limits) {
        return new TftpSettings(
                bindAddress,
                port,
                root,
                maxBlockSize,
                maxWindowSize,
                timeout,
                maxRetries,
                transferPorts,
                maxTransfers,
                progressInterval,
                limits);
    }

    /** An inclusive range of local UDP ports, for firewalls that open only a known range. */
    public record PortRange(int first, int last) {
        public PortRange {
            if (first < 1 || last > 65535 || first > last) {
                throw new IllegalArgumentException("bad port range " + first + "-" + last);
            }
        }

        /** Parses {@code 50000-50100}. */
        public static PortRange parse(String text) {
            String[] parts = text.trim().split("-", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected FIRST-LAST, got " + text);
            }
            return new PortRange(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }

        public int size() {
            return last - first + 1;
        }
    }
}
