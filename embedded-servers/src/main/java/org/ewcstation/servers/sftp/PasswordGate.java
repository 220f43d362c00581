package org.ewcstation.servers.sftp;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the one account. A wrong password is answered only after a delay that grows per address, without holding one of
 * MINA's few I/O threads (the answer is completed later through {@link AsyncAuthException}); after
 * the allowed number of failures the connection is closed. The password tried is never logged or
 * published, only the user name (cleaned of control characters).
 */
final class PasswordGate implements PasswordAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordGate.class);
    private static final AttributeKey<AtomicInteger> FAILURES = new AttributeKey<>();

    private final SftpCredentials credentials;
    private final Duration failureDelay;
    private final int maxAttempts;
    private final SessionTracker sessions;
    private final TransferListener listener;
    private final ScheduledExecutorService scheduler;
    private final Duration delayCeiling;
    /** Failed passwords per address, across connections: a guesser that reconnects keeps its count. */
    private final ConcurrentHashMap<InetAddress, Integer> failuresByPeer = new ConcurrentHashMap<>();

    PasswordGate(
            SftpCredentials credentials,
            SftpSettings settings,
            SessionTracker sessions,
            TransferListener listener,
            ScheduledExecutorService scheduler) {
        this.credentials = credentials;
        this.failureDelay = settings.authFailureDelay();
        this.maxAttempts = settings.maxAuthAttempts();
        this.sessions = sessions;
        this.listener = listener;
        this.scheduler = scheduler;
        this.delayCeiling = settings.peerLimits().passwordDelayMax();
    }

    @Override
    public boolean authenticate(String username, String password, ServerSession session) {
        InetAddress address = SftpTransferEvents.peer(session).getAddress();
        if (credentials.matches(username, password)) {
            if (address != null) {
                failuresByPeer.remove(address);
            }
            if (sessions.tryAcquire(session)) {
                return true;
            }
            LOG.warn(
                    "SFTP login from {} turned away: {} sessions already open",
                    session.getClientAddress(),
                    sessions.active());
            listener.onEvent(new TransferEvent.Refused(
                    Instant.now(),
                    Protocol.SFTP,
                    SftpTransferEvents.peer(session),
                    "",
                    RefusalReason.BUSY,
                    "too many sessions"));
            disconnect(
                    session, SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS, "Too many sessions, try again later");
            return false;
        }
        int attempt = session.computeAttributeIfAbsent(FAILURES, k -> new AtomicInteger())
                .incrementAndGet();
        String user = clean(username);
        Duration delay = delayAfter(address);
        LOG.warn(
                "SFTP login failed: user {} from {} (attempt {} of {}; password *****); answered after {} ms",
                user,
                session.getClientAddress(),
                attempt,
                maxAttempts,
                delay.toMillis());
        listener.onEvent(new TransferEvent.AuthFailed(
                Instant.now(), Protocol.SFTP, SftpTransferEvents.peer(session), user, attempt));
        boolean last = attempt >= maxAttempts;
        if (delay.isZero()) {
            answer(session, last, null);
            return false;
        }
        AsyncAuthException answerLater = new AsyncAuthException();
        scheduler.schedule(() -> answer(session, last, answerLater), delay.toMillis(), TimeUnit.MILLISECONDS);
        throw answerLater;
    }

    /**
     * The failure delay doubles with each wrong password from one address (2 s, 4 s, 8 s… up to the ceiling), so
     * guessing by reconnecting gains nothing; a right password starts over. The table forgets everything past a few
     * thousand addresses rather than grow.
     */
    Duration delayAfter(InetAddress address) {
        if (failureDelay.isZero() || address == null) {
            return failureDelay;
        }
        if (failuresByPeer.size() >= 4096) {
            failuresByPeer.clear();
        }
        int failures = failuresByPeer.merge(address, 1, Integer::sum);
        Duration d = failureDelay.multipliedBy(1L << Math.min(failures - 1, 20));
        Duration ceiling = delayCeiling.compareTo(failureDelay) > 0 ? delayCeiling : failureDelay;
        return d.compareTo(ceiling) > 0 ? ceiling : d;
    }

    /** The last allowed failure is answered by closing the connection, so the client gets no further try. */
    private static void answer(ServerSession session, boolean last, AsyncAuthException pending) {
        if (last) {
            disconnect(
                    session,
                    SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
                    "Too many authentication failures");
        } else if (pending != null) {
            pending.setAuthed(false);
        }
    }

    private static void disconnect(ServerSession session, int reason, String message) {
        try {
            session.disconnect(reason, message);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Disconnecting {} failed", session, e);
        }
    }

    /** What a peer typed as user name is untrusted: keep it printable and short for logs and the UI. */
    static String clean(String user) {
        if (user == null) {
            return "";
        }
        String printable = user.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}
