package org.ewcstation.services.inventory;

import java.time.Instant;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the inventory up to date from the poller: every snapshot is upserted under the polled controller.
 * A store failure is logged and never breaks polling (the AP table matters more than the inventory).
 */
public final class InventoryRecorder implements PollListener {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryRecorder.class);

    private final Inventory inventory;
    private final EwcEndpoint endpoint;

    public InventoryRecorder(Inventory inventory, EwcEndpoint endpoint) {
        this.inventory = inventory;
        this.endpoint = endpoint;
    }

    /** Records what {@code identify()} learned about the controller, and its trusted host key fingerprint. */
    public void identified(VersionInfo version, String fingerprint) {
        try {
            inventory.recordController(
                    endpoint.host(),
                    endpoint.port(),
                    version == null ? null : version.hostname(),
                    version == null ? null : version.version(),
                    version == null ? null : version.platform(),
                    fingerprint,
                    Instant.now());
        } catch (StoreException | IllegalStateException e) {
            LOG.warn("Inventory not updated for {}: {}", endpoint, e.toString());
        }
    }

    /**
     * One listener for the poller that feeds {@code ui} first and then the inventory, so it can be passed
     * where the UI listener went: {@code link.startPolling(recorder.alongside(uiListener))}.
     */
    public PollListener alongside(PollListener ui) {
        InventoryRecorder self = this;
        return new PollListener() {
            @Override
            public void connected(String controller) {
                ui.connected(controller);
            }

            @Override
            public void snapshot(ApSnapshot snapshot, ApChanges changes) {
                ui.snapshot(snapshot, changes);
                self.snapshot(snapshot, changes);
            }

            @Override
            public void connectionLost(Msg reason, long retryInMillis) {
                ui.connectionLost(reason, retryInMillis);
            }

            @Override
            public void pollFailed(Msg reason) {
                ui.pollFailed(reason);
            }

            @Override
            public void stopped(Msg reason) {
                ui.stopped(reason);
            }
        };
    }

    @Override
    public void snapshot(ApSnapshot snapshot, ApChanges changes) {
        try {
            inventory.recordSnapshot(endpoint.host(), endpoint.port(), snapshot);
        } catch (StoreException | IllegalStateException e) {
            LOG.warn("Inventory not updated for {}: {}", endpoint, e.toString());
        }
    }
}
