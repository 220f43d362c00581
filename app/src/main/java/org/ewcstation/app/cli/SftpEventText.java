package org.ewcstation.app.cli;

import java.net.InetSocketAddress;
import java.util.Locale;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Units;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.net.IpText;

/** One SFTP event as a line for the terminal, in the user's language, or null for none. */
final class SftpEventText {

    private SftpEventText() {}

    static String of(Messages m, TransferEvent event) {
        String peer = peer(event.peer());
        return switch (event) {
            case TransferEvent.SessionOpened e -> m.text("serve.sftp.event.sessionOpened", peer, e.user());
            case TransferEvent.SessionClosed e ->
                m.text(
                        "serve.sftp.event.sessionClosed",
                        peer,
                        e.user(),
                        seconds(e.duration().toMillis()));
            case TransferEvent.AuthFailed e -> m.text("serve.sftp.event.authFailed", peer, e.user(), e.attempt());
            case TransferEvent.Started e -> m.text("serve.sftp.event.started", peer, e.file(), Units.bytes(e.size()));
            case TransferEvent.Completed e ->
                m.text(
                        "serve.sftp.event.completed",
                        peer,
                        e.file(),
                        Units.bytes(e.bytes()),
                        seconds(e.duration().toMillis()));
            case TransferEvent.Failed e ->
                m.text("serve.sftp.event.failed", peer, e.file(), e.reason().name(), e.detail());
            case TransferEvent.Refused e ->
                m.text(
                        "serve.sftp.event.refused",
                        peer,
                        e.requestedPath(),
                        e.reason().name(),
                        e.detail());
            // progress is sampled by the UI, not printed; events added later print nothing until given a line
            default -> null;
        };
    }

    private static String peer(InetSocketAddress a) {
        return a == null ? "?" : IpText.host(a);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
