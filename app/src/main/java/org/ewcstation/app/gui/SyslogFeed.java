package org.ewcstation.app.gui;

import org.ewcstation.servers.syslog.SyslogEvent;
import org.ewcstation.servers.syslog.SyslogListener;
import org.ewcstation.servers.syslog.SyslogListeners;
import org.ewcstation.views.eventlog.EventLogViewModel;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.eventlog.TransferEntries;
import org.ewcstation.views.fx.Batcher;
import org.ewcstation.views.fx.FxBridge;

/** The controller's syslog lines into the log pane, batched like transfer events. */
final class SyslogFeed implements AutoCloseable {

    private final SyslogListeners fanout;
    private final SyslogListener listener;
    private final Batcher<SyslogEvent> batcher;

    SyslogFeed(FxBridge bridge, SyslogListeners fanout, EventLogViewModel log) {
        this.fanout = fanout;
        this.batcher = new Batcher<>(
                bridge,
                TransferFeed.EVENT_PERIOD_MS,
                events -> log.append(events.stream().map(SyslogFeed::entry).toList()));
        this.listener = new SyslogListener() {
            @Override
            public void onMessage(SyslogEvent event) {
                batcher.offer(event);
            }
        };
        fanout.add(listener);
    }

    static LogEntry entry(SyslogEvent e) {
        int severity = e.message().iosXe() != null
                ? e.message().iosXe().severity()
                : e.message().severity();
        LogEntry.Level level =
                severity <= 3 ? LogEntry.Level.ERROR : severity == 4 ? LogEntry.Level.WARNING : LogEntry.Level.INFO;
        return LogEntry.raw(
                e.received(),
                LogEntry.Source.SYSLOG,
                TransferEntries.peerText(e.sender()),
                level,
                e.message().text());
    }

    @Override
    public void close() throws Exception {
        fanout.remove(listener);
        batcher.close();
    }
}
