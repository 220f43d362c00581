package org.ewcstation.services.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.syslog.SyslogListeners;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.ConnectFailures;
import org.ewcstation.services.ewc.session.EwcConnector;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.SessionSettings;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerSettings;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way reaching a controller or starting a server fails, for real where loopback can produce it, each mapped to
 * a code whose text says what to do in both languages and never shows a Java name. Names under {@code .invalid}
 * fail in the test's own resolver, so the unknown-host case sends nothing to a DNS server.
 */
class ConnectionErrorAdviceTest {

    private static final EwcCredentials LOGIN = new EwcCredentials(SimFixture.USER, SimFixture.PASSWORD);

    @Test
    void controllerFailuresSayWhatToDo(@TempDir Path dir) throws Exception {
        try (SimFixture fx = new SimFixture(dir.resolve("store"))) {
            EwcConnector quick = new EwcConnector(
                    fx.trust,
                    new SessionSettings(
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(5),
                            Duration.ofSeconds(5),
                            SessionSettings.PASSWORD_FIRST));
            expect(quick, new EwcEndpoint("no-such-ewc.invalid", 22), LOGIN, EwcError.UNKNOWN_HOST, "IP address");
            expect(quick, new EwcEndpoint("127.0.0.1", closedPort()), LOGIN, EwcError.CONNECTION_REFUSED, "SSH port");
            try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                List<Socket> held = new CopyOnWriteArrayList<>();
                Thread.ofVirtual().start(() -> acceptSilently(silent, held));
                expect(
                        quick,
                        new EwcEndpoint("127.0.0.1", silent.getLocalPort()),
                        LOGIN,
                        EwcError.CONNECT_TIMEOUT,
                        "firewall");
                for (Socket s : held) {
                    s.close();
                }
            }
            try (SimulatedEwc ewc = SimFixture.sim().start()) {
                EwcEndpoint at = SimFixture.endpoint(ewc);
                expect(
                        fx.connector,
                        at,
                        new EwcCredentials("admin", "wrong-password"),
                        EwcError.AUTH_FAILED,
                        "password");
                enableNeeded(fx, at);
                fx.store.withConnection(c -> c.createStatement()
                        .executeUpdate(
                                "UPDATE known_host_key SET public_key = 'AAAAother', fingerprint = 'SHA256:old'"));
                EwcException changed = catchThrowableOfType(
                        EwcException.class, () -> fx.connector.connect(at, LOGIN, TranscriptListener.NONE));
                assertThat(changed.error()).isEqualTo(EwcError.HOST_KEY_CHANGED);
                assertThat(UserVisibleText.check(changed.msg()).getFirst()).contains("accepted the new key");
            }
        }
    }

    /** A login that lands at {@code >} without an enable secret is stopped before any command needs privilege. */
    private static void enableNeeded(SimFixture fx, EwcEndpoint at) {
        try (ControllerLink link = new ControllerLink(
                fx.connector, at, LOGIN, TranscriptListener.NONE, PollSettings.DEFAULTS, Clock.systemUTC())) {
            EwcException e = catchThrowableOfType(EwcException.class, link::identify);
            assertThat(e.error()).isEqualTo(EwcError.ENABLE_NEEDED);
            assertThat(UserVisibleText.check(e.msg()).getFirst()).contains("enable secret");
        }
    }

    @Test
    void noRouteIsItsOwnCode() {
        // loopback always has a route: the JDK's exception is classified as the OS reports it, and its text checked
        Msg m = Msg.of(EwcError.NO_ROUTE.key(), "", new EwcEndpoint("192.0.2.10", 22).toString(), "");
        assertThat(UserVisibleText.check(m).getFirst()).contains("route");
        assertThat(ConnectFailures.code(new NoRouteToHostException("No route to host")))
                .isEqualTo(EwcError.NO_ROUTE);
    }

    @Test
    void serverFailuresSayWhatToDo(@TempDir Path dir) throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
                ServerManager servers = new ServerManager(
                        ServerSettings.defaults(dir).withBind("127.0.0.1").withPorts(taken.getLocalPort(), 0, 0),
                        new TransferListeners(),
                        new TransferRegistry(),
                        new SyslogListeners(),
                        new SecureRandom(),
                        dir.resolve("keys"))) {
            ServerStatus s = servers.start(ServerKind.TFTP);
            assertThat(s.running()).isFalse();
            assertThat(UserVisibleText.check(s.problem()).getFirst()).contains("already in use");
        }
        // tests run as root, so port 69 as a normal user is the message the bind classification gives for it
        // (TftpBindExceptionTest checks that classification on the JDK's own exception)
        Msg privileged = Msg.of("tftp.bind.privileged", "69", "*", "Permission denied");
        assertThat(UserVisibleText.check(privileged).getFirst()).contains("setcap");
    }

    private static void expect(
            EwcConnector connector, EwcEndpoint at, EwcCredentials login, EwcError code, String advice) {
        EwcException e =
                catchThrowableOfType(EwcException.class, () -> connector.connect(at, login, TranscriptListener.NONE));
        assertThat(e).as("connecting to %s", at).isNotNull();
        assertThat(e.error()).as("connecting to %s", at).isEqualTo(code);
        List<String> texts = UserVisibleText.check(e.msg());
        assertThat(texts.getFirst()).contains(at.toString()).contains(advice);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void acceptSilently(ServerSocket server, List<Socket> held) {
        try {
            while (!server.isClosed()) {
                held.add(server.accept()); // never answers the SSH greeting
            }
        } catch (Exception e) {
            // closed at the end of the test
        }
    }
}
