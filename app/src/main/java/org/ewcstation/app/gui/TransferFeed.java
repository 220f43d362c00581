package org.ewcstation.app.gui;

import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.views.eventlog.TransferEntries;
import org.ewcstation.views.fx.Batcher;
import org.ewcstation.views.fx.FxBridge;
import org.ewcstation.views.main.MainViewModel;

/**
 * Connects the servers to the window: events are batched onto the FX thread every 100 ms (at most ten
 * updates a second however busy the servers are), live counters are sampled every 250 ms.
 */
final class TransferFeed implements AutoCloseable {

    static final long EVENT_PERIOD_MS = 100;
    static final long SAMPLE_PERIOD_MS = 250;

    private final TransferListeners listeners;
    private final TransferListener listener;
    private final Batcher<TransferEvent> batcher;
    private final AutoCloseable sampler;

    TransferFeed(FxBridge bridge, TransferListeners listeners, TransferRegistry registry, MainViewModel model) {
        this.listeners = listeners;
        this.batcher = new Batcher<>(bridge, EVENT_PERIOD_MS, events -> {
            model.transfers().onEvents(events);
            model.eventLog()
                    .append(events.stream()
                            .flatMap(e -> TransferEntries.toEntry(e).stream())
                            .toList());
        });
        this.listener = batcher::offer;
        listeners.add(listener);
        this.sampler = bridge.sample(
                SAMPLE_PERIOD_MS,
                registry::snapshot,
                snapshot -> model.transfers().sample(snapshot, System.nanoTime()));
    }

    @Override
    public void close() throws Exception {
        listeners.remove(listener);
        sampler.close();
        batcher.close();
    }
}
