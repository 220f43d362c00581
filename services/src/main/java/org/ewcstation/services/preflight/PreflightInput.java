package org.ewcstation.services.preflight;

import java.util.List;
import java.util.Optional;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.repository.BundleManifest;

/**
 * Everything the preflight judges, as plain values gathered by the caller (servers, SSH session, repository),
 * so the checks are pure logic and testable without any of them.
 *
 * @param profile what will be written into the controller's image-download profile
 * @param servers our embedded servers as they run now
 * @param localAddresses this laptop's interface addresses
 * @param controllerAddress the controller's management address
 * @param bundle the manifest of the folder the profile path names; empty when no such folder exists
 * @param knownBundlePaths profile paths of the bundles in the repository (offered as a fix)
 * @param aps the joined APs ({@code show ap summary} models + {@code show ap image} primary versions)
 * @param ping the controller's {@code ping <server>} result; empty when not run yet
 * @param sftpSelfTest our loopback login with the profile's SFTP credentials; empty when not run
 * @param diskSpace for a pending import: bytes needed and usable; empty when nothing is imported
 * @param profileOverSsh true when the profile (and its SFTP password) is sent over the SSH session only
 */
public record PreflightInput(
        Profile profile,
        List<ServerState> servers,
        List<LocalAddress> localAddresses,
        String controllerAddress,
        Optional<BundleManifest> bundle,
        List<String> knownBundlePaths,
        List<Ap> aps,
        Optional<Ping> ping,
        Optional<SftpSelfTest> sftpSelfTest,
        Optional<DiskSpace> diskSpace,
        boolean profileOverSsh) {

    public PreflightInput {
        servers = List.copyOf(servers);
        localAddresses = List.copyOf(localAddresses);
        knownBundlePaths = List.copyOf(knownBundlePaths);
        aps = List.copyOf(aps);
    }

    /**
     * The profile to push: mode, server address, path, and for SFTP the port; {@code tftpPort} is the port the
     * controller's APs send TFTP requests to (69 on a real EWC, which has no setting for it).
     */
    public record Profile(Protocol mode, String serverAddress, String path, int sftpPort, int tftpPort) {

        public Profile(Protocol mode, String serverAddress, String path, int sftpPort) {
            this(mode, serverAddress, path, sftpPort, NetworkChecks.TFTP_PORT);
        }
    }

    /** One of our servers: running or not, the address it is bound to ({@code 0.0.0.0} / {@code ::} = all), port. */
    public record ServerState(Protocol protocol, boolean running, String bindAddress, int port) {}

    /** An interface address of this laptop with its prefix length ({@code 172.16.5.27/24}). */
    public record LocalAddress(String address, int prefixLength) {}

    /** A joined AP: name, model as {@code show ap summary} prints it, the version it runs. */
    public record Ap(String name, String model, String primaryVersion) {}

    /** {@code Success rate is N percent (received/sent)}. */
    public record Ping(int sent, int received) {}

    /** Our SFTP login test: ok, or the failure as a code ({@code auth}, {@code refused}, {@code timeout}). */
    public record SftpSelfTest(boolean ok, String failure) {}

    public record DiskSpace(long neededBytes, long usableBytes) {}
}
