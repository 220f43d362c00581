package org.ewcstation.servers.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.core.CoreModuleProperties;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Who may log in, how often, how many at once, and what a session may do besides SFTP (nothing). */
class SftpAccessControlTest {

    @TempDir
    static Path hostKeys;

    @TempDir
    Path scratch;

    @Test
    void wrongPasswordIsRefusedDelayedAndReportedWithoutThePassword() throws Exception {
        Captured logs = captureLogs();
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, null)) {
            String user = fx.info.credentials().user();
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> fx.login(user, "hunter2-wrong")).isInstanceOf(SshException.class);
            // the answer to a wrong password comes no sooner than the configured delay (a lower bound, not a speed
            // test)
            assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
            await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.AuthFailed.class))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.user()).isEqualTo(user);
                        assertThat(f.attempt()).isEqualTo(1);
                        assertThat(f.peer().getAddress().isLoopbackAddress()).isTrue();
                    }));
            assertThat(fx.eventsOf(TransferEvent.AuthFailed.class).toString()).doesNotContain("hunter2");
            try (ClientSession ok = fx.login()) {
                assertThat(ok.isAuthenticated()).isTrue();
            }
            assertThat(logs.list)
                    .isNotEmpty()
                    .noneSatisfy(e -> assertThat(e.getFormattedMessage())
                            .containsAnyOf("hunter2", fx.info.credentials().password()));
        } finally {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        }
    }

    @Test
    void connectionIsClosedAfterTheAllowedNumberOfFailures() throws Exception {
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, null)) {
            ClientSession s = fx.client
                    .connect("ewc", "127.0.0.1", fx.port())
                    .verify(Duration.ofSeconds(10))
                    .getSession();
            s.addPasswordIdentity("one");
            s.addPasswordIdentity("two");
            s.addPasswordIdentity("three");
            s.addPasswordIdentity(fx.info.credentials().password()); // too late: the limit is 2 per connection
            assertThatThrownBy(() -> s.auth().verify(Duration.ofSeconds(10))).isInstanceOf(SshException.class);
            await().until(s::isClosed);
            assertThat(fx.eventsOf(TransferEvent.AuthFailed.class))
                    .extracting(TransferEvent.AuthFailed::attempt)
                    .containsExactly(1, 2);
            assertThat(fx.eventsOf(TransferEvent.SessionOpened.class)).isEmpty();
        }
    }

    @Test
    void sessionsAreCappedAndASlotFreesWhenASessionEnds() throws Exception {
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, null)) {
            ClientSession first = fx.login();
            try (ClientSession second = fx.login()) {
                assertThatThrownBy(fx::login).isInstanceOf(SshException.class);
                await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.Refused.class))
                        .anySatisfy(r -> assertThat(r.reason()).isEqualTo(RefusalReason.BUSY)));
                assertThat(second.isAuthenticated()).isTrue();
            }
            first.close();
            await().until(() -> fx.eventsOf(TransferEvent.SessionClosed.class).size() == 2);
            try (ClientSession again = fx.login()) {
                assertThat(again.isAuthenticated()).isTrue();
            }
        }
    }

    @Test
    void shellExecAndForwardingAreRefused() throws Exception {
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, null);
                ClientSession s = fx.login()) {
            // the channel type "session" is allowed (SFTP needs it); exec and shell requests on it are not.
            // Ask for a reply, as OpenSSH does, so the refusal comes back as an error.
            CoreModuleProperties.REQUEST_EXEC_REPLY.set(s, true);
            CoreModuleProperties.REQUEST_SHELL_REPLY.set(s, true);
            assertRefused(s.createExecChannel("ls"));
            assertRefused(s.createShellChannel());
            var tunnel = s.createDirectTcpipChannel(
                    new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress("127.0.0.1", fx.port()));
            assertThatThrownBy(() -> tunnel.open().verify(Duration.ofSeconds(5)))
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> s.startRemotePortForwarding(
                            new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress("127.0.0.1", fx.port())))
                    .isInstanceOf(IOException.class);
            assertThat(s.isOpen()).isTrue();
        }
    }

    @Test
    void idleSessionsAreClosed() throws Exception {
        SftpSettings quick = SftpTestServer.settings(scratch.resolve("repo"), hostKeys)
                .withLimits(Duration.ofMillis(300), 2, 2, Duration.ofMillis(700));
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, quick);
                ClientSession s = fx.login()) {
            await().atMost(Duration.ofSeconds(10)).until(s::isClosed);
            await().untilAsserted(() ->
                    assertThat(fx.eventsOf(TransferEvent.SessionClosed.class)).hasSize(1));
        }
    }

    /** The channel opens (SFTP needs "session" channels), then the server's failure reply closes it unrun. */
    private static void assertRefused(ClientChannel channel) throws IOException {
        channel.open().await(Duration.ofSeconds(5));
        assertThat(channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(5)))
                .contains(ClientChannelEvent.CLOSED);
        assertThat(channel.getExitStatus()).isNull();
    }

    /** Logback's ListAppender is not thread-safe; MINA logs from its own threads. */
    static final class Captured extends AppenderBase<ILoggingEvent> {
        final List<ILoggingEvent> list = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent e) {
            list.add(e);
        }
    }

    private static Captured captureLogs() {
        Captured appender = new Captured();
        appender.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }
}
