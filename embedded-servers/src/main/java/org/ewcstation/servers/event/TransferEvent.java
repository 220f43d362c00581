package org.ewcstation.servers.event;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What a file server tells the rest of the app. Start, end, failure and refusal are pushed; progress is
 * pushed at most a few times a second per transfer, and the live counters can also be sampled from
 * {@link TransferRegistry}. Every event names the peer, so the app can map it to the controller or AP
 * at that address.
 */
public sealed interface TransferEvent {

    Instant time();

    Protocol protocol();

    InetSocketAddress peer();

    /** A transfer began. {@code size} is -1 when unknown; {@code options} are the negotiated ones (TFTP OACK). */
    record Started(
            long id,
            Instant time,
            Protocol protocol,
            InetSocketAddress peer,
            String file,
            long size,
            Map<String, String> options)
            implements TransferEvent {
        public Started {
            options = Map.copyOf(options);
        }
    }

    /** Bytes sent so far and the recent rate; sampled, never one per packet. */
    record Progress(
            long id,
            Instant time,
            Protocol protocol,
            InetSocketAddress peer,
            String file,
            long bytes,
            long size,
            double bytesPerSecond)
            implements TransferEvent {}

    /** The whole file reached the peer (TFTP: the last block was acknowledged; SFTP: the handle was closed). */
    record Completed(
            long id,
            Instant time,
            Protocol protocol,
            InetSocketAddress peer,
            String file,
            long bytes,
            Duration duration,
            double averageBytesPerSecond)
            implements TransferEvent {}

    /** A started transfer ended early. */
    record Failed(
            long id,
            Instant time,
            Protocol protocol,
            InetSocketAddress peer,
            String file,
            long bytes,
            FailureReason reason,
            String detail)
            implements TransferEvent {}

    /** A request refused before any data moved; {@code requestedPath} is exactly what the peer asked for. */
    record Refused(
            Instant time,
            Protocol protocol,
            InetSocketAddress peer,
            String requestedPath,
            RefusalReason reason,
            String detail)
            implements TransferEvent {}

    /** An SFTP login succeeded. */
    record SessionOpened(Instant time, Protocol protocol, InetSocketAddress peer, String user)
            implements TransferEvent {}

    /** An SFTP session ended. */
    record SessionClosed(Instant time, Protocol protocol, InetSocketAddress peer, String user, Duration duration)
            implements TransferEvent {}

    /** A failed login: the user name the peer tried, never the password. */
    record AuthFailed(Instant time, Protocol protocol, InetSocketAddress peer, String user, int attempt)
            implements TransferEvent {}

    /** Why a started transfer ended early. */
    enum FailureReason {
        /** The peer stopped answering within the timeout and all retries. */
        TIMEOUT,
        /** The peer sent an ERROR packet or closed the channel. */
        ABORTED_BY_PEER,
        /** Reading the file failed on our side. */
        IO_ERROR,
        /** The peer broke the protocol (unexpected packet, bad block number). */
        PROTOCOL_ERROR,
        /** The server was stopped while the transfer ran. */
        SERVER_STOPPED
    }

    /** Why a request was refused. */
    enum RefusalReason {
        NOT_FOUND,
        /** A path outside the root: {@code ..}, absolute, drive letter, backslash trick, symlink out. */
        OUTSIDE_ROOT,
        /** The server is read-only: write, remove, rename, mkdir, setstat, symlink. */
        READ_ONLY,
        /** Malformed request or options we cannot honour. */
        BAD_REQUEST,
        /** A directory or special file where a file was asked for. */
        NOT_A_FILE,
        /** Too many concurrent transfers or sessions. */
        BUSY,
        /** A name that means something else on Windows: a device, a stream, a short name, a trailing dot. */
        HOSTILE_NAME,
        /** An SSH peer that offers only the SHA-1 algorithms of older controllers, while they are off. */
        OLDER_CLIENT,
        /** One address asked for more than its share (transfers, requests per second, handles, connections). */
        PEER_LIMIT,
        /** An address that is not on the allow-list (the run's controllers and those the technician added). */
        NOT_ALLOWED
    }
}
