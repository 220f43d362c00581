package org.ewcstation.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything a simulated EWC is built from; {@link SimulatedEwc#builder()} fills in the defaults.
 *
 * @param sshPort 0 for an ephemeral port
 * @param tftpPort the port the controller's TFTP client sends its request to (the real EWC: always 69)
 * @param sftpPort the SFTP port used when the profile names none
 * @param capwapPort the CAPWAP discovery responder's UDP port; -1 disables it
 * @param tftpBlockSize 0: plain RFC 1350 requests without options; otherwise the blksize the client asks for
 * @param linkBytesPerSecond speed of each AP's simulated CAPWAP link
 * @param ownImageSize size of the controller's own AP image (ap1g7) when no bundle gives it
 * @param transferTimeout per-packet / per-step timeout of the controller's TFTP and SFTP clients
 * @param apRebootTime how long an AP stays away when it reboots (reset, reload, fault)
 * @param retryDelay wait before a failed AP hand-off is retried
 * @param reloadTime how long the controller itself is away after {@code reload}
 * @param targetIosVersion the controller release it boots after an activation (its image comes with the APs')
 * @param dialect which family of upgrade commands the controller knows (and answers {@code ?} for)
 * @param without exec/config commands this release lacks, e.g. "show wireless ewc-ap ap image predownload status"
 * @param bundleDir the AP bundle the server holds, to check downloads by size and SHA-256; may be null
 * @param hostKey where to keep the SSH host key (stable across runs); null keeps it in memory
 */
public record SimulatorSettings(
        String bind,
        int sshPort,
        int apCount,
        String user,
        String password,
        String enableSecret,
        String hostname,
        int tftpPort,
        int sftpPort,
        int capwapPort,
        int tftpBlockSize,
        long linkBytesPerSecond,
        long ownImageSize,
        Duration transferTimeout,
        int transferRetries,
        Duration apRebootTime,
        Duration retryDelay,
        Duration reloadTime,
        String iosVersion,
        String apVersion,
        String previousApVersion,
        String targetApVersion,
        String targetIosVersion,
        Dialect dialect,
        List<Fault> faults,
        Set<String> without,
        Path bundleDir,
        Path hostKey) {

    public SimulatorSettings {
        faults = List.copyOf(faults);
        without = Set.copyOf(without);
    }

    /**
     * The two command families a controller may speak for an upgrade; each simulated controller knows exactly one,
     * so a client that guesses instead of probing fails against one of them.
     */
    public enum Dialect {
        /** {@code install add profile default}, {@code install activate}, {@code install commit}, {@code install abort}. */
        INSTALL,
        /** The Catalyst 9800 forms: {@code ap image predownload [abort]}, {@code ap image swap}, {@code ap image reset}. */
        AP_IMAGE,
        /** Neither: the upgrade can only be done by hand. */
        NONE;

        public static Dialect of(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "install" -> INSTALL;
                case "ap-image" -> AP_IMAGE;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("dialect is install, ap-image or none: " + s);
            };
        }
    }

    /** The controller's own image type: a 9120 serves ap1g7 to its APs itself (seed). */
    public static final String OWN_IMAGE_TYPE = "ap1g7";
}
