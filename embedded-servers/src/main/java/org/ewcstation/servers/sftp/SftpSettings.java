package org.ewcstation.servers.sftp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.ewcstation.servers.net.PeerLimits;

/**
 * Everything the SFTP server can be told. {@code credentials} null means "generate a fresh account at
 * each start", which is the default: the technician copies it into the controller's profile.
 *
 * @param bindAddress      address to listen on ({@code 0.0.0.0} for all, {@code 127.0.0.1} in tests)
 * @param port             TCP port; 22 is what the controller uses unless told otherwise, 0 picks a free one
 * @param root             the image repository folder, served read-only as "/"
 * @param hostKeyDir       where the host keys are generated once and kept (the data folder)
 * @param credentials      the one account, or null to generate one per start
 * @param authFailureDelay how long a wrong password waits before the answer (slows guessing)
 * @param maxAuthAttempts  wrong passwords per connection before it is closed
 * @param maxSessions      logged-in sessions at the same time; more are turned away
 * @param idleTimeout      a session with no traffic for this long is closed
 * @param authTimeout      a connection that does not log in within this time is closed
 * @param progressInterval least time between two progress events of one transfer
 * @param olderControllers compatibility with older controllers: also offer the SHA-1 algorithms (ssh-rsa
 *                         host-key signatures, diffie-hellman-group14-sha1, hmac-sha1) that IOS-XE releases
 *                         before 17.x need; off by default (ADR 0006)
 * @param peerLimits       what one address may take: handles per session, connections, the password delay
 */
public record SftpSettings(
        String bindAddress,
        int port,
        Path root,
        Path hostKeyDir,
        SftpCredentials credentials,
        Duration authFailureDelay,
        int maxAuthAttempts,
        int maxSessions,
        Duration idleTimeout,
        Duration authTimeout,
        Duration progressInterval,
        boolean olderControllers,
        PeerLimits peerLimits) {

    public static final int DEFAULT_PORT = 22;

    public SftpSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(hostKeyDir, "hostKeyDir");
        Objects.requireNonNull(peerLimits, "peerLimits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        if (maxAuthAttempts < 1 || maxSessions < 1) {
            throw new IllegalArgumentException("maxAuthAttempts and maxSessions must be at least 1");
        }
        requirePositive(authFailureDelay, "authFailureDelay", true);
        requirePositive(idleTimeout, "idleTimeout", false);
        requirePositive(authTimeout, "authTimeout", false);
        requirePositive(progressInterval, "progressInterval", false);
    }

    /**
     * Defaults for the field: all addresses, port 22, a generated account, 2 s per wrong password, 3 tries
     * per connection, 8 sessions (an EWC fetches one image per AP model, usually one at a time), 5 minutes idle.
     */
    public static SftpSettings defaults(Path root, Path hostKeyDir) {
        return new SftpSettings(
                "0.0.0.0",
                DEFAULT_PORT,
                root,
                hostKeyDir,
                null,
                Duration.ofSeconds(2),
                3,
                8,
                Duration.ofMinutes(5),
                Duration.ofMinutes(1),
                Duration.ofMillis(250),
                false,
                PeerLimits.defaults());
    }

    public SftpSettings withBind(String address, int newPort) {
        return new SftpSettings(
                address,
                newPort,
                root,
                hostKeyDir,
                credentials,
                authFailureDelay,
                maxAuthAttempts,
                maxSessions,
                idleTimeout,
                authTimeout,
                progressInterval,
                olderControllers,
                peerLimits);
    }

    public SftpSettings withCredentials(SftpCredentials account) {
        return new SftpSettings(
                bindAddress,
                port,
                root,
                hostKeyDir,
                account,
                authFailureDelay,
                maxAuthAttempts,
                maxSessions,
                idleTimeout,
                authTimeout,
                progressInterval,
                olderControllers,
                peerLimits);
    }

    public SftpSettings withLimits(Duration failureDelay, int attempts, int sessions, Duration idle) {
        return new SftpSettings(
                bindAddress,
                port,
                root,
                hostKeyDir,
                credentials,
                failureDelay,
                attempts,
                sessions,
                idle,
                authTimeout,
                progressInterval,
                olderControllers,
                peerLimits);
    }

    public SftpSettings withProgressInterval(Duration interval) {
        return new SftpSettings(
                bindAddress,
                port,
                root,
                hostKeyDir,
                credentials,
                authFailureDelay,
                maxAuthAttempts,
                maxSessions,
                idleTimeout,
                authTimeout,
                interval,
                olderControllers,
                peerLimits);
    }

    /** With compatibility with older controllers switched on or off. */
    public SftpSettings withOlderControllers(boolean on) {
        return new SftpSettings(
                bindAddress,
                port,
                root,
                hostKeyDir,
                credentials,
                authFailureDelay,
                maxAuthAttempts,
                maxSessions,
                idleTimeout,
                authTimeout,
                progressInterval,
                on,
                peerLimits);
    }

    /** With other limits per address. */
    public SftpSettings withPeerLimits(PeerLimits limits) {
        return new SftpSettings(
                bindAddress,
                port,
                root,
                hostKeyDir,
                credentials,
                authFailureDelay,
                maxAuthAttempts,
                maxSessions,
                idleTimeout,
                authTimeout,
                progressInterval,
                olderControllers,
                limits);
    }

    private static void requirePositive(Duration d, String name, boolean zeroAllowed) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || (!zeroAllowed && d.isZero())) {
            throw new IllegalArgumentException(name + " " + d);
        }
    }
}
