package org.ewcstation.servers.sftp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.servers.net.OncePerPeer;
import org.ewcstation.servers.net.PeerFilter;
import org.ewcstation.servers.net.PeerLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect at all, before any SSH work: an address the allow-list refuses is closed at once; one address may
 * hold a few connections, and connections not yet logged in are capped for all addresses together (a login takes a
 * few seconds; hundreds of half-open ones are an attack on the file descriptors the TFTP server needs too). Each
 * refusal is logged and published once per address and reason.
 */
final class ConnectionGate implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGate.class);
    private static final AttributeKey<InetAddress> COUNTED = new AttributeKey<>();
    private static final AttributeKey<Boolean> NOT_LOGGED_IN = new AttributeKey<>();

    private final PeerFilter allowed;
    private final PeerLimits limits;
    private final TransferListener listener;
    private final ConcurrentHashMap<InetAddress, Integer> perPeer = new ConcurrentHashMap<>();
    private final AtomicInteger unauthenticated = new AtomicInteger();
    private final OncePerPeer reported = new OncePerPeer();

    ConnectionGate(PeerFilter allowed, PeerLimits limits, TransferListener listener) {
        this.allowed = allowed;
        this.limits = limits;
        this.listener = listener;
    }

    @Override
    public void sessionCreated(Session session) {
        InetSocketAddress peer =
                session.getIoSession().getRemoteAddress() instanceof InetSocketAddress isa ? isa : null;
        InetAddress address = peer == null ? null : peer.getAddress();
        if (!allowed.allows(address)) {
            refuse(peer, RefusalReason.NOT_ALLOWED, "allowed: " + allowed.describe());
            // thrown from here MINA closes the connection (an exception at accept would leave the socket open)
            throw new IllegalStateException(new SshException("not an allowed address: " + IpText.hostPort(peer)));
        }
        if (address == null) {
            return;
        }
        boolean[] admitted = new boolean[1];
        perPeer.compute(address, (a, n) -> {
            int held = n == null ? 0 : n;
            admitted[0] = held < limits.sftpSessionsPerPeer();
            return admitted[0] ? held + 1 : n;
        });
        if (!admitted[0]) {
            refuse(peer, RefusalReason.PEER_LIMIT, "at most " + limits.sftpSessionsPerPeer() + " connections at once");
            throw new IllegalStateException(new SshException("too many connections from " + IpText.of(address)));
        }
        session.setAttribute(COUNTED, address);
        if (unauthenticated.incrementAndGet() > limits.sftpUnauthenticated()) {
            unauthenticated.decrementAndGet();
            release(address);
            session.removeAttribute(COUNTED);
            refuse(
                    peer,
                    RefusalReason.BUSY,
                    "at most " + limits.sftpUnauthenticated() + " connections not logged in, from all addresses");
            throw new IllegalStateException(new SshException("too many connections not logged in"));
        }
        session.setAttribute(NOT_LOGGED_IN, Boolean.TRUE);
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated && session.removeAttribute(NOT_LOGGED_IN) != null) {
            unauthenticated.decrementAndGet();
        }
    }

    @Override
    public void sessionClosed(Session session) {
        if (session.removeAttribute(NOT_LOGGED_IN) != null) {
            unauthenticated.decrementAndGet();
        }
        InetAddress address = session.removeAttribute(COUNTED);
        if (address != null) {
            release(address);
        }
    }

    int unauthenticated() {
        return unauthenticated.get();
    }

    private void release(InetAddress address) {
        perPeer.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    private void refuse(InetSocketAddress peer, RefusalReason reason, String detail) {
        if (reported.first(peer == null ? null : peer.getAddress(), reason.name())) {
            LOG.warn("SFTP connection from {} refused ({}): {}", IpText.hostPort(peer), reason, detail);
            listener.onEvent(new TransferEvent.Refused(Instant.now(), Protocol.SFTP, peer, "", reason, detail));
        }
    }
}
