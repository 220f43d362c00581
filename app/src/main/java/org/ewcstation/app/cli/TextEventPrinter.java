package org.ewcstation.app.cli;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Units;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.net.IpText;

/** One human line per event, in the user's language. */
final class TextEventPrinter implements TransferListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;
    private final Messages messages;

    TextEventPrinter(PrintStream out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    @Override
    public void onEvent(TransferEvent event) {
        String time = LocalTime.ofInstant(event.time(), ZoneId.systemDefault()).format(TIME);
        String proto = event.protocol().name();
        String peer = address(event.peer());
        String line = switch (event) {
            case TransferEvent.Started s ->
                messages.text(
                        "serve.event.started",
                        time,
                        proto,
                        peer,
                        s.file(),
                        Units.bytes(s.size()),
                        s.options().isEmpty() ? "" : s.options().toString());
            case TransferEvent.Progress p ->
                messages.text(
                        "serve.event.progress",
                        time,
                        proto,
                        peer,
                        p.file(),
                        Units.bytes(p.bytes()),
                        Units.bytes(p.size()),
                        Units.rate(p.bytesPerSecond()));
            case TransferEvent.Completed c ->
                messages.text(
                        "serve.event.completed",
                        time,
                        proto,
                        peer,
                        c.file(),
                        Units.bytes(c.bytes()),
                        Units.seconds(c.duration()),
                        Units.rate(c.averageBytesPerSecond()));
            case TransferEvent.Failed f ->
                messages.text(
                        "serve.event.failed",
                        time,
                        proto,
                        peer,
                        f.file(),
                        Units.bytes(f.bytes()),
                        messages.text("serve.failure." + f.reason().name()),
                        f.detail());
            case TransferEvent.Refused r ->
                messages.text(
                        "serve.event.refused",
                        time,
                        proto,
                        peer,
                        r.requestedPath(),
                        messages.text("serve.refusal." + r.reason().name()),
                        r.detail());
            default -> messages.text("serve.event.other", time, proto, peer, event.toString());
        };
        out.println(line);
    }

    static String address(InetSocketAddress a) {
        if (a == null) {
            return "-";
        }
        return IpText.hostPort(a);
    }
}
