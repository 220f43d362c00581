package org.ewcstation.servers.tftp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;

/** Keeps every event, for assertions (through Awaitility, never sleeps). */
final class RecordingListener implements TransferListener {

    final List<TransferEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(TransferEvent event) {
        events.add(event);
    }

    <T extends TransferEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
