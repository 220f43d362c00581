package org.ewcstation.servers.sftp;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.session.ServerSession;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts logged-in sessions against the cap and reports sessions opened and closed. A slot is taken at
 * login (by {@link PasswordGate}) and given back when the session closes, however it closes.
 */
final class SessionTracker implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTracker.class);
    private static final AttributeKey<Instant> LOGGED_IN = new AttributeKey<>();

    private final int maxSessions;
    private final TransferListener listener;
    private final AtomicInteger active = new AtomicInteger();

    SessionTracker(int maxSessions, TransferListener listener) {
        this.maxSessions = maxSessions;
        this.listener = listener;
    }

    /** Takes a slot for this session, or returns false when all are taken. */
    boolean tryAcquire(ServerSession session) {
        int n;
        do {
            n = active.get();
            if (n >= maxSessions) {
                return false;
            }
        } while (!active.compareAndSet(n, n + 1));
        session.setAttribute(LOGGED_IN, Instant.now());
        return true;
    }

    int active() {
        return active.get();
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated && session instanceof ServerSession s && s.getAttribute(LOGGED_IN) != null) {
            LOG.info("SFTP session opened: user {} from {}", s.getUsername(), s.getClientAddress());
            listener.onEvent(new TransferEvent.SessionOpened(
                    Instant.now(), Protocol.SFTP, SftpTransferEvents.peer(s), s.getUsername()));
        }
    }

    @Override
    public void sessionClosed(Session session) {
        if (!(session instanceof ServerSession s)) {
            return;
        }
        Instant since = s.removeAttribute(LOGGED_IN);
        if (since == null) {
            return;
        }
        active.decrementAndGet();
        Duration duration = Duration.between(since, Instant.now());
        LOG.info("SFTP session closed: user {} from {} after {}", s.getUsername(), s.getClientAddress(), duration);
        listener.onEvent(new TransferEvent.SessionClosed(
                Instant.now(), Protocol.SFTP, SftpTransferEvents.peer(s), s.getUsername(), duration));
    }
}
