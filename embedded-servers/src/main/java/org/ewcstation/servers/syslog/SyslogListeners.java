package org.ewcstation.servers.syslog;

import java.net.InetSocketAddress;
import org.ewcstation.servers.event.Listeners;

/**
 * The fan-out the receiver publishes through when several parts listen (log pane, diagnostics, store).
 * A listener that throws is logged and skipped, so it cannot starve the others or the receiver.
 */
public final class SyslogListeners implements SyslogListener {

    private final Listeners<SyslogListener> listeners = new Listeners<>();

    public SyslogListeners add(SyslogListener listener) {
        listeners.add(listener);
        return this;
    }

    public void remove(SyslogListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onMessage(SyslogEvent event) {
        listeners.fire("syslog message", l -> l.onMessage(event));
    }

    @Override
    public void onDropped(DropReason reason, InetSocketAddress sender, int length) {
        listeners.fire("syslog drop", l -> l.onDropped(reason, sender, length));
    }
}
