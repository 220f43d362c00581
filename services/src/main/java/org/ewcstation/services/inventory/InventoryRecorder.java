package org.ewcstation.services.inventory;

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

  @Override
  public void snapshot(ApSnapshot snapshot, ApChanges changes) {
    try {
      inventory.recordSnapshot(endpoint.host(), endpoint.port(), snapshot);
    } catch (StoreException | IllegalStateException e) {
      LOG.warn("Inventory not updated for {}: {}", endpoint, e.toString());
    }
  }
}
