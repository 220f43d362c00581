package org.ewcstation.servers.sftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.ewcstation.servers.ServerStartException;
import org.ewcstation.servers.ServerStartException.Reason;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.net.PeerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded read-only SFTP server (Apache MINA SSHD): one password account, the image repository
 * as "/", sftp subsystem only (no shell, exec, forwarding, agent or X11). Start it, show
 * {@link #info()} to the technician, close it to stop.
 */
public final class SftpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SftpServer.class);
    static final String NAME = "SFTP";

    private final SftpSettings settings;
    private final TransferListener listener;
    private final TransferRegistry registry;
    private final SecureRandom random;
    private final PeerFilter allowed;
    private SshServer sshd;
    private ScheduledExecutorService scheduler;
    private SftpServerInfo info;

    public SftpServer(
            SftpSettings settings, TransferListener listener, TransferRegistry registry, SecureRandom random) {
        this(settings, listener, registry, random, PeerFilter.anyHost());
    }

    /** Answers only the addresses {@code allowed} lets through. */
    public SftpServer(
            SftpSettings settings,
            TransferListener listener,
            TransferRegistry registry,
            SecureRandom random,
            PeerFilter allowed) {
        this.settings = settings;
        this.allowed = allowed;
        // through the fan-out, so a listener that throws cannot break a transfer
        this.listener = new TransferListeners().add(listener);
        this.registry = registry;
        this.random = random;
    }

    /** Binds and starts; the account and host keys it uses are in the returned {@link SftpServerInfo}. */
    public synchronized SftpServerInfo start() throws ServerStartException {
        if (sshd != null) {
            return info;
        }
        Path realRoot = realRoot(settings.root());
        SftpCredentials account =
                settings.credentials() != null ? settings.credentials() : SftpCredentials.generate(random);
        var problem = account.problem();
        if (problem.isPresent()) {
            LOG.warn("SFTP account refused: {}", problem.get());
            throw new ServerStartException(Reason.BAD_CREDENTIALS, List.of(NAME), null);
        }
        HostKeys keys = hostKeys();
        SessionTracker sessions = new SessionTracker(settings.maxSessions(), listener);
        SftpTransferEvents events = new SftpTransferEvents(listener, registry, settings.progressInterval());
        ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sftp-auth-delay");
            t.setDaemon(true);
            return t;
        });

        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(settings.bindAddress());
        server.setPort(settings.port());
        server.setKeyPairProvider(keys.provider());
        SftpAlgorithms.apply(server, settings.olderControllers());
        server.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
        server.setPasswordAuthenticator(new PasswordGate(account, settings, sessions, listener, delays));
        server.setPublickeyAuthenticator(null); // the default would read ~/.ssh/authorized_keys of whoever runs us
        server.setKeyboardInteractiveAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setShellFactory(null);
        server.setCommandFactory(null);
        server.setAgentFactory(null);
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setFileSystemFactory(new VirtualFileSystemFactory(realRoot));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder()
                .withFileSystemAccessor(new ReadOnlyAccessor(realRoot, events))
                .withSftpErrorStatusDataHandler(new RefusalReporter(listener))
                .build();
        sftp.addSftpEventListener(events);
        server.setSubsystemFactories(List.of(sftp));
        ConnectionGate gate = new ConnectionGate(allowed, settings.peerLimits(), listener);
        server.addSessionListener(gate);
        server.addSessionListener(sessions);
        if (!settings.olderControllers()) {
            server.addSessionListener(new OlderClientHint(listener));
        }
        CoreModuleProperties.IDLE_TIMEOUT.set(server, settings.idleTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(server, settings.authTimeout());
        // backstop for "none"/publickey probes on top of our own password count
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, settings.maxAuthAttempts() + 5);
        // each open file or folder is a file descriptor of this process, which the TFTP server needs too
        SftpModuleProperties.MAX_OPEN_HANDLES_PER_SESSION.set(
                server, settings.peerLimits().sftpHandlesPerSession());
        try {
            server.start();
        } catch (IOException e) {
            delays.shutdownNow();
            stopQuietly(server);
            throw ServerStartException.ofBind(NAME, settings.bindAddress(), settings.port(), e);
        }
        this.sshd = server;
        this.scheduler = delays;
        this.info = new SftpServerInfo(boundAddress(server), account, keys.fingerprints());
        LOG.info(
                "SFTP server serving {} read-only on {} as user {} (password *****); host keys {}",
                realRoot,
                info.address(),
                account.user(),
                info.hostKeys());
        return info;
    }

    /** What {@link #start()} returned, or null while stopped. */
    public synchronized SftpServerInfo info() {
        return info;
    }

    public synchronized boolean isRunning() {
        return sshd != null && sshd.isStarted();
    }

    @Override
    public synchronized void close() {
        if (sshd == null) {
            return;
        }
        stopQuietly(sshd);
        scheduler.shutdownNow();
        sshd = null;
        info = null;
        LOG.info("SFTP server stopped");
    }

    private HostKeys hostKeys() throws ServerStartException {
        try {
            return HostKeys.loadOrCreate(settings.hostKeyDir());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new ServerStartException(Reason.HOST_KEY, List.of(NAME, String.valueOf(e.getMessage())), e);
        }
    }

    private static Path realRoot(Path root) throws ServerStartException {
        try {
            if (Files.isDirectory(root)) {
                return root.toRealPath();
            }
        } catch (IOException e) {
            // reported below as a missing folder
        }
        throw new ServerStartException(Reason.ROOT_MISSING, List.of(NAME, root.toString()), null);
    }

    private static InetSocketAddress boundAddress(SshServer server) {
        for (SocketAddress a : server.getBoundAddresses()) {
            if (a instanceof InetSocketAddress isa) {
                return isa;
            }
        }
        return new InetSocketAddress(server.getHost(), server.getPort());
    }

    private static void stopQuietly(SshServer server) {
        try {
            server.stop(true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Stopping the SFTP server failed", e);
        }
    }
}
