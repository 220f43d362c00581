package org.ewcstation.servers.net;

import java.time.Duration;

/**
 * What one host on the LAN may take of the embedded servers, so that a noisy or hostile one cannot starve the
 * controller. The defaults leave a controller far more than it uses (it fetches one image per AP model, a few at a
 * time) and hold a flood to a few slots.
 *
 * @param tftpTransfersPerPeer  TFTP transfers one address may run at once
 * @param tftpRequestsPerSecond new TFTP requests one address may send per second (twice that as a burst)
 * @param sftpHandlesPerSession files and folders one SFTP session may hold open
 * @param sftpSessionsPerPeer   SSH connections (logged in or not) one address may hold
 * @param sftpUnauthenticated   SSH connections not yet logged in, from all addresses together
 * @param passwordDelayMax      the ceiling of the delay after wrong passwords, which doubles per failure from one
 *                              address (starting at the SFTP settings' failure delay)
 */
public record PeerLimits(
        int tftpTransfersPerPeer,
        int tftpRequestsPerSecond,
        int sftpHandlesPerSession,
        int sftpSessionsPerPeer,
        int sftpUnauthenticated,
        Duration passwordDelayMax) {

    public PeerLimits {
        if (tftpTransfersPerPeer < 1
                || tftpRequestsPerSecond < 1
                || sftpHandlesPerSession < 1
                || sftpSessionsPerPeer < 1
                || sftpUnauthenticated < 1) {
            throw new IllegalArgumentException("every peer limit must be at least 1");
        }
        if (passwordDelayMax == null || passwordDelayMax.isNegative()) {
            throw new IllegalArgumentException("passwordDelayMax " + passwordDelayMax);
        }
    }

    public static PeerLimits defaults() {
        return new PeerLimits(8, 20, 64, 8, 16, Duration.ofSeconds(30));
    }
}
