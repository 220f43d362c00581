package org.ewcstation.servers.syslog;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fan-out the receiver publishes through when several parts listen (log pane, diagnostics, store).
 * A listener that throws is logged and skipped, so it cannot starve the others or the receiver.
 */
public final class SyslogListeners implements SyslogListener {

    private static final Logger LOG = LoggerFactory.getLogger(SyslogListeners.class);

    private final List<SyslogListener> listeners = new CopyOnWriteArrayList<>();

    public SyslogListeners add(SyslogListener listener) {
        listeners.add(listener);
        return this;
    }

    public void remove(SyslogListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onMessage(SyslogEvent event) {
        for (SyslogListener l : listeners) {
            try {
                l.onMessage(event);
            } catch (RuntimeException e) {
                LOG.warn("Syslog listener {} failed", l, e);
            }
        }
    }

    @Override
    public void onDropped(DropReason reason, InetSocketAddress sender, int length) {
        for (SyslogListener l : listeners) {
            try {
                l.onDropped(reason, sender, length);
            } catch (RuntimeException e) {
                LOG.warn("Syslog listener {} failed", l, e);
            }
        }
    }
}
