package org.ewcstation.simulator.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.ewcstation.simulator.Controller;
import org.ewcstation.simulator.SimulatorSettings;
import org.ewcstation.simulator.cli.CommandTable;
import org.ewcstation.simulator.cli.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's SSH server: IOS-XE's identification string, password (and keyboard-interactive) login,
 * an RSA host key, one {@link Session} per shell. A reload stops it and starts a fresh one on the same
 * port (MINA servers cannot be restarted), so clients see "connection refused" meanwhile, as from a
 * rebooting box.
 */
public final class SshFront implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SshFront.class);

    private final SimulatorSettings settings;
    private final Controller controller;
    private final CommandTable table;
    private final KeyPairProvider hostKeys;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private SshServer server;
    private int port;

    public SshFront(SimulatorSettings settings, Controller controller, CommandTable table) {
        this.settings = settings;
        this.controller = controller;
        this.table = table;
        SimpleGeneratorHostKeyProvider keys = settings.hostKey() == null
                ? new SimpleGeneratorHostKeyProvider()
                : new SimpleGeneratorHostKeyProvider(settings.hostKey());
        keys.setAlgorithm("RSA");
        keys.setKeySize(2048);
        this.hostKeys = keys;
    }

    public synchronized void start() throws IOException {
        SshServer s = SshServer.setUpDefaultServer();
        s.setHost(settings.bind());
        s.setPort(port == 0 ? settings.sshPort() : port);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(s, "Cisco-1.25");
        s.setKeyPairProvider(hostKeys);
        s.setPasswordAuthenticator((user, pass, sess) ->
                settings.user().equals(user) && settings.password().equals(pass));
        s.setKeyboardInteractiveAuthenticator(new IosKeyboardInteractive());
        s.setPublickeyAuthenticator(null);
        s.setShellFactory(channel -> {
            Session session = new Session(controller, table, sessions::remove);
            sessions.add(session);
            return session;
        });
        s.setCommandFactory((channel, command) -> {
            Session session = new Session(controller, table, sessions::remove, command);
            sessions.add(session);
            return session;
        });
        s.start();
        server = s;
        port = ((InetSocketAddress) s.getBoundAddresses().iterator().next()).getPort();
        LOG.info("Simulated EWC listening for SSH on {}:{}", settings.bind(), port);
    }

    /** The public half of the host key this server offers (generated on first use, or read from the file). */
    public PublicKey hostKey() {
        try {
            return hostKeys.loadKeys(null).iterator().next().getPublic();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The simulator's host key cannot be read: " + e.getMessage(), e);
        }
    }

    public synchronized int port() {
        return port;
    }

    /** Cuts every open session (fault injection and reload). */
    public void dropSessions() {
        List.copyOf(sessions).forEach(Session::drop);
    }

    public int sessionCount() {
        return sessions.size();
    }

    public synchronized void stop() {
        dropSessions();
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                LOG.debug("SSH stop: {}", e.toString());
            }
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
    }
}
