package org.ewcstation.views.transfers;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.views.eventlog.TransferEntries;

/**
 * Running transfers (sampled from the registry's counters) and finished ones (from their end events),
 * newest first. Runs on the FX thread; the app feeds it through a sampler and a batcher.
 */
public final class TransfersViewModel {

    static final int MAX_FINISHED = 500;

    private final ObservableList<TransferRow> rows = FXCollections.observableArrayList();
    private final Map<Long, Sample> lastSample = new HashMap<>();

    private record Sample(long bytes, long nanos, double rate) {}

    /** Updates running rows from a snapshot of the live counters. */
    public void sample(List<TransferRegistry.Snapshot> snapshot, long nanoTime) {
        for (TransferRegistry.Snapshot s : snapshot) {
            Sample prev = lastSample.get(s.id());
            double rate = prev == null ? 0 : rate(prev, s.bytes(), nanoTime);
            lastSample.put(s.id(), new Sample(s.bytes(), nanoTime, rate));
            int i = indexOf(s.id());
            TransferRow row = new TransferRow(
                    s.id(),
                    s.protocol(),
                    TransferEntries.peerText(s.peer()),
                    s.file(),
                    s.started(),
                    s.bytes(),
                    s.size(),
                    rate,
                    null,
                    null);
            if (i < 0) {
                rows.add(0, row);
            } else if (rows.get(i).running()) {
                rows.set(i, row);
            }
        }
    }

    private static double rate(Sample prev, long bytes, long now) {
        double dt = (now - prev.nanos()) / 1e9;
        if (dt <= 0) {
            return prev.rate();
        }
        double instant = (bytes - prev.bytes()) / dt;
        // Smooth so the ETA does not jump with every sample.
        return prev.rate() == 0 ? instant : 0.7 * prev.rate() + 0.3 * instant;
    }

    /** Applies start and end events. */
    public void onEvents(List<TransferEvent> events) {
        for (TransferEvent e : events) {
            switch (e) {
                case TransferEvent.Started s -> {
                    if (indexOf(s.id()) < 0) {
                        rows.add(
                                0,
                                new TransferRow(
                                        s.id(),
                                        s.protocol(),
                                        TransferEntries.peerText(s.peer()),
                                        s.file(),
                                        s.time(),
                                        0,
                                        s.size(),
                                        0,
                                        null,
                                        null));
                    }
                }
                case TransferEvent.Completed c ->
                    finish(
                            c.id(),
                            c.protocol(),
                            c.peer(),
                            c.file(),
                            c.bytes(),
                            "COMPLETED",
                            c.duration(),
                            c.averageBytesPerSecond(),
                            c.time());
                case TransferEvent.Failed f ->
                    finish(
                            f.id(),
                            f.protocol(),
                            f.peer(),
                            f.file(),
                            f.bytes(),
                            f.reason().name(),
                            null,
                            0,
                            f.time());
                default -> {}
            }
        }
        trim();
    }

    private void finish(
            long id,
            Protocol protocol,
            InetSocketAddress peer,
            String file,
            long bytes,
            String result,
            Duration duration,
            double avg,
            Instant end) {
        lastSample.remove(id);
        int i = indexOf(id);
        TransferRow old = i < 0 ? null : rows.get(i);
        Instant started = old != null ? old.started() : end;
        Duration d = duration != null ? duration : Duration.between(started, end);
        double rate = avg > 0 ? avg : d.toMillis() > 0 ? bytes * 1000.0 / d.toMillis() : 0;
        TransferRow row = new TransferRow(
                id,
                protocol,
                TransferEntries.peerText(peer),
                file,
                started,
                bytes,
                old != null ? old.size() : bytes,
                rate,
                result,
                d);
        if (i < 0) {
            rows.add(0, row);
        } else {
            rows.set(i, row);
        }
    }

    private void trim() {
        long finished = rows.stream().filter(r -> !r.running()).count();
        for (int i = rows.size() - 1; i >= 0 && finished > MAX_FINISHED; i--) {
            if (!rows.get(i).running()) {
                rows.remove(i);
                finished--;
            }
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<TransferRow> rows() {
        return rows;
    }

    public long runningCount() {
        return rows.stream().filter(TransferRow::running).count();
    }
}
