package org.ewcstation.app.gui;

import java.time.Instant;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.views.eventlog.EventLogViewModel;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.fx.Batcher;
import org.ewcstation.views.fx.FxBridge;

/** The SSH transcript (already masked) in the log pane, without the routine lines ({@link TranscriptFilter}). */
final class TranscriptFeed implements TranscriptListener, AutoCloseable {

    private final Batcher<LogEntry> batcher;
    private final TranscriptFilter filter = new TranscriptFilter();

    TranscriptFeed(FxBridge bridge, EventLogViewModel log) {
        this.batcher = new Batcher<>(bridge, TransferFeed.EVENT_PERIOD_MS, log::append);
    }

    @Override
    public void sent(EwcEndpoint endpoint, String text) {
        if (filter.showSent(endpoint.toString(), text)) {
            batcher.offer(LogEntry.raw(
                    Instant.now(), LogEntry.Source.SSH, endpoint.toString(), LogEntry.Level.INFO, "> " + text.strip()));
        }
    }

    @Override
    public void received(EwcEndpoint endpoint, String text) {
        if (filter.showReceived(endpoint.toString(), text)) {
            batcher.offer(LogEntry.raw(
                    Instant.now(),
                    LogEntry.Source.SSH,
                    endpoint.toString(),
                    TranscriptFilter.error(text) ? LogEntry.Level.WARNING : LogEntry.Level.INFO,
                    text.strip()));
        }
    }

    @Override
    public void close() throws Exception {
        batcher.close();
    }
}
