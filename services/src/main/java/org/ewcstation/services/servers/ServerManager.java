package org.ewcstation.services.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.ServerStartException;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.sftp.SftpServer;
import org.ewcstation.servers.sftp.SftpServerInfo;
import org.ewcstation.servers.sftp.SftpSettings;
import org.ewcstation.servers.syslog.SyslogListener;
import org.ewcstation.servers.syslog.SyslogReceiver;
import org.ewcstation.servers.syslog.SyslogSettings;
import org.ewcstation.servers.tftp.TftpBindException;
import org.ewcstation.servers.tftp.TftpServer;
import org.ewcstation.servers.tftp.TftpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the TFTP, SFTP and syslog servers with the technician's settings and reports each one's
 * status as a code the UI and CLI render (port taken, privileged port, missing folder). Start and stop
 * block on socket work: call them off the FX thread.
 */
public final class ServerManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerManager.class);

    private final TransferListener transfers;
    private final TransferRegistry registry;
    private final SyslogListener syslog;
    private final SecureRandom random;
    private final Path hostKeyDir;
    private final Map<ServerKind, ServerStatus> status = new EnumMap<>(ServerKind.class);
    private final List<Consumer<ServerStatus>> listeners = new CopyOnWriteArrayList<>();
    private ServerSettings settings;
    private TftpServer tftp;
    private SftpServer sftp;
    private SyslogReceiver syslogReceiver;
    private SftpServerInfo sftpInfo;

    public ServerManager(
            ServerSettings settings,
            TransferListener transfers,
            TransferRegistry registry,
            SyslogListener syslog,
            SecureRandom random,
            Path hostKeyDir) {
        this.settings = settings;
        this.transfers = transfers;
        this.registry = registry;
        this.syslog = syslog;
        this.random = random;
        this.hostKeyDir = hostKeyDir;
        for (ServerKind k : ServerKind.values()) {
            status.put(k, ServerStatus.stopped(k));
        }
    }

    /** Called with every status change, on the thread that made it. */
    public void addListener(Consumer<ServerStatus> listener) {
        listeners.add(listener);
    }

    public synchronized ServerSettings settings() {
        return settings;
    }

    /** New settings; running servers restart with them so the change takes effect at once. */
    public synchronized void update(ServerSettings newSettings) {
        this.settings = newSettings;
        for (ServerKind k : ServerKind.values()) {
            if (status.get(k).running()) {
                stop(k);
                start(k);
            }
        }
    }

    public synchronized ServerStatus status(ServerKind kind) {
        return status.get(kind);
    }

    /** The SFTP account and host-key fingerprints while the SFTP server runs. */
    public synchronized Optional<SftpServerInfo> sftpInfo() {
        return Optional.ofNullable(sftpInfo);
    }

    public synchronized ServerStatus start(ServerKind kind) {
        if (status.get(kind).running()) {
            return status.get(kind);
        }
        try {
            InetSocketAddress address = switch (kind) {
                case TFTP -> startTftp();
                case SFTP -> startSftp();
                case SYSLOG -> startSyslog();
            };
            return set(new ServerStatus(kind, ServerStatus.Phase.RUNNING, address, null));
        } catch (TftpBindException e) {
            return set(
                    new ServerStatus(kind, ServerStatus.Phase.FAILED, null, new Msg(e.messageKey(), e.messageArgs())));
        } catch (ServerStartException e) {
            return set(new ServerStatus(kind, ServerStatus.Phase.FAILED, null, new Msg(e.messageKey(), e.args())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} did not start", kind, e);
            return set(new ServerStatus(
                    kind,
                    ServerStatus.Phase.FAILED,
                    null,
                    Msg.of("servers.start.unexpected", kind.label(), String.valueOf(e.getMessage()))));
        }
    }

    private InetSocketAddress startTftp() throws IOException {
        TftpSettings s = TftpSettings.defaults(settings.root())
                .withPort(settings.tftpPort())
                .withBindAddress(settings.bindAddress() == null ? null : inet(settings.bindAddress()));
        TftpServer server = new TftpServer(s, transfers, registry);
        server.start();
        tftp = server;
        return server.localAddress();
    }

    private InetSocketAddress startSftp() throws ServerStartException {
        SftpSettings s = SftpSettings.defaults(settings.root(), hostKeyDir)
                .withBind(settings.bindAddress(), settings.sftpPort())
                .withOlderControllers(settings.sftpOlderControllers());
        if (settings.sftpAccount() != null) {
            s = s.withCredentials(settings.sftpAccount());
        }
        SftpServer server = new SftpServer(s, transfers, registry, random);
        sftpInfo = server.start();
        sftp = server;
        return sftpInfo.address();
    }

    private InetSocketAddress startSyslog() throws ServerStartException {
        SyslogReceiver receiver = new SyslogReceiver(
                SyslogSettings.defaults().withBind(settings.bindAddress(), settings.syslogPort()), syslog);
        InetSocketAddress address = receiver.start();
        syslogReceiver = receiver;
        return address;
    }

    private static InetAddress inet(String address) throws UnknownHostException {
        return InetAddress.getByName(address);
    }

    public synchronized ServerStatus stop(ServerKind kind) {
        AutoCloseable server = switch (kind) {
            case TFTP -> tftp;
            case SFTP -> sftp;
            case SYSLOG -> syslogReceiver;
        };
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed", kind, e);
            }
        }
        switch (kind) {
            case TFTP -> tftp = null;
            case SFTP -> {
                sftp = null;
                sftpInfo = null;
            }
            case SYSLOG -> syslogReceiver = null;
        }
        return set(ServerStatus.stopped(kind));
    }

    private ServerStatus set(ServerStatus s) {
        status.put(s.kind(), s);
        for (Consumer<ServerStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("Server status listener failed", e);
            }
        }
        return s;
    }

    @Override
    public synchronized void close() {
        for (ServerKind k : ServerKind.values()) {
            if (status.get(k).running()) {
                stop(k);
            }
        }
    }
}
