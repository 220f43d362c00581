package org.ewcstation.servers.sftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.FailureReason;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferRegistry;

/**
 * Turns MINA's SFTP callbacks into the transfer events the TFTP server publishes too: a file handle
 * opened is a transfer started, reads feed its counter (progress pushed at most once per interval),
 * closing the handle completes it. Called on MINA's threads, so it only counts and hands events on.
 */
final class SftpTransferEvents implements SftpEventListener, ReadOnlyAccessor.Refusals {

    private final TransferListener listener;
    private final TransferRegistry registry;
    private final long progressIntervalNanos;
    private final Map<Handle, Transfer> transfers = new ConcurrentHashMap<>();

    SftpTransferEvents(TransferListener listener, TransferRegistry registry, Duration progressInterval) {
        this.listener = listener;
        this.registry = registry;
        this.progressIntervalNanos = progressInterval.toNanos();
    }

    private record Transfer(
            ServerSession session,
            InetSocketAddress peer,
            String file,
            long size,
            TransferRegistry.Live live,
            long startNanos,
            AtomicLong lastProgressNanos) {}

    @Override
    public void open(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
        if (!(localHandle instanceof FileHandle fh)) {
            return;
        }
        Path file = fh.getFile();
        long size = sizeOrUnknown(file);
        InetSocketAddress peer = peer(session);
        String name = file.toString();
        TransferRegistry.Live live = registry.open(Protocol.SFTP, peer, name, size);
        long now = System.nanoTime();
        transfers.put(localHandle, new Transfer(session, peer, name, size, live, now, new AtomicLong(now)));
        String cipher = session.getNegotiatedKexParameter(KexProposalOption.S2CENC);
        listener.onEvent(new TransferEvent.Started(
                live.id(),
                Instant.now(),
                Protocol.SFTP,
                peer,
                name,
                size,
                Map.of("user", String.valueOf(session.getUsername()), "cipher", String.valueOf(cipher))));
    }

    @Override
    public void read(
            ServerSession session,
            String remoteHandle,
            FileHandle localHandle,
            long offset,
            byte[] data,
            int dataOffset,
            int dataLen,
            int readLen,
            Throwable thrown) {
        Transfer t = transfers.get(localHandle);
        if (t == null || readLen <= 0) {
            return;
        }
        t.live().add(readLen);
        long now = System.nanoTime();
        long last = t.lastProgressNanos().get();
        // one thread wins the slot, so a burst of parallel reads still yields one event per interval
        if (now - last >= progressIntervalNanos && t.lastProgressNanos().compareAndSet(last, now)) {
            long bytes = t.live().bytes();
            listener.onEvent(new TransferEvent.Progress(
                    t.live().id(),
                    Instant.now(),
                    Protocol.SFTP,
                    t.peer(),
                    t.file(),
                    bytes,
                    t.size(),
                    rate(bytes, now - t.startNanos())));
        }
    }

    @Override
    public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
        Transfer t = transfers.remove(localHandle);
        if (t == null) {
            return;
        }
        finish(t, thrown == null ? null : FailureReason.IO_ERROR, thrown == null ? "" : String.valueOf(thrown));
    }

    /** A session that ends with files still open: the client went away mid-transfer. */
    @Override
    public void destroying(ServerSession session) {
        transfers.forEach((handle, t) -> {
            if (t.session() == session && transfers.remove(handle, t)) {
                finish(t, FailureReason.ABORTED_BY_PEER, "session closed with the file still open");
            }
        });
    }

    @Override
    public void refused(SftpSubsystemProxy subsystem, String path, RefusalReason reason, String operation) {
        listener.onEvent(new TransferEvent.Refused(
                Instant.now(), Protocol.SFTP, peer(subsystem.getServerSession()), path, reason, operation));
    }

    private void finish(Transfer t, FailureReason failure, String detail) {
        t.live().close();
        long bytes = t.live().bytes();
        long elapsed = System.nanoTime() - t.startNanos();
        if (failure == null) {
            listener.onEvent(new TransferEvent.Completed(
                    t.live().id(),
                    Instant.now(),
                    Protocol.SFTP,
                    t.peer(),
                    t.file(),
                    bytes,
                    Duration.ofNanos(elapsed),
                    rate(bytes, elapsed)));
        } else {
            listener.onEvent(new TransferEvent.Failed(
                    t.live().id(), Instant.now(), Protocol.SFTP, t.peer(), t.file(), bytes, failure, detail));
        }
    }

    static InetSocketAddress peer(ServerSession session) {
        SocketAddress a = session == null ? null : session.getClientAddress();
        return a instanceof InetSocketAddress isa ? isa : new InetSocketAddress(0);
    }

    private static double rate(long bytes, long nanos) {
        return nanos <= 0 ? 0 : bytes * 1e9 / nanos;
    }

    private static long sizeOrUnknown(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
