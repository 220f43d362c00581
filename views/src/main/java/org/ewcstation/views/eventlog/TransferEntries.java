package org.ewcstation.views.eventlog;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.ewcstation.i18n.Units;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.net.IpText;

/** Turns server events into log lines (codes with arguments; progress is not logged, it is sampled). */
public final class TransferEntries {

    private TransferEntries() {}

    public static Optional<LogEntry> toEntry(TransferEvent event) {
        LogEntry.Source source = event.protocol() == Protocol.TFTP ? LogEntry.Source.TFTP : LogEntry.Source.SFTP;
        String peer = peerText(event.peer());
        return Optional.ofNullable(
                switch (event) {
                    case TransferEvent.Started s ->
                        new LogEntry(
                                s.time(),
                                source,
                                peer,
                                LogEntry.Level.INFO,
                                Msg.of(
                                        "log.transfer.started",
                                        s.file(),
                                        Units.bytes(s.size()),
                                        s.options().isEmpty()
                                                ? "-"
                                                : s.options().toString()));
                    case TransferEvent.Completed c ->
                        new LogEntry(
                                c.time(),
                                source,
                                peer,
                                LogEntry.Level.INFO,
                                Msg.of(
                                        "log.transfer.completed",
                                        c.file(),
                                        Units.bytes(c.bytes()),
                                        Units.seconds(c.duration()),
                                        Units.rate(c.averageBytesPerSecond())));
                    case TransferEvent.Failed f ->
                        new LogEntry(
                                f.time(),
                                source,
                                peer,
                                LogEntry.Level.ERROR,
                                Msg.of(
                                        "log.transfer.failed." + f.reason().name(),
                                        f.file(),
                                        Units.bytes(f.bytes()),
                                        nz(f.detail())));
                    case TransferEvent.Refused r ->
                        new LogEntry(
                                r.time(),
                                source,
                                peer,
                                r.reason() == TransferEvent.RefusalReason.NOT_FOUND
                                        ? LogEntry.Level.ERROR
                                        : LogEntry.Level.WARNING,
                                Msg.of("log.transfer.refused." + r.reason().name(), r.requestedPath(), nz(r.detail())));
                    case TransferEvent.SessionOpened o ->
                        new LogEntry(
                                o.time(), source, peer, LogEntry.Level.INFO, Msg.of("log.session.opened", o.user()));
                    case TransferEvent.SessionClosed c ->
                        new LogEntry(
                                c.time(),
                                source,
                                peer,
                                LogEntry.Level.INFO,
                                Msg.of("log.session.closed", c.user(), Units.duration(c.duration())));
                    case TransferEvent.AuthFailed a ->
                        new LogEntry(
                                a.time(),
                                source,
                                peer,
                                LogEntry.Level.WARNING,
                                Msg.of("log.session.authFailed", nz(a.user()), a.attempt()));
                    case TransferEvent.Progress p -> null;
                });
    }

    public static String peerText(InetSocketAddress a) {
        if (a == null) {
            return "";
        }
        return IpText.hostPort(a);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
