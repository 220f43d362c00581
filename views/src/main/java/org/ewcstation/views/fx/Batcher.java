package org.ewcstation.views.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Collects items from any thread and hands them to the FX thread in batches, a few times a second, so a
 * burst of thousands of log lines costs one table update instead of thousands.
 */
public final class Batcher<T> implements AutoCloseable {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AutoCloseable sampling;

    public Batcher(FxBridge bridge, long periodMillis, Consumer<List<T>> onFx) {
        this.sampling = bridge.sample(periodMillis, this::drain, batch -> {
            if (!batch.isEmpty()) {
                onFx.accept(batch);
            }
        });
    }

    /** Thread-safe, never blocks. */
    public void offer(T item) {
        queue.offer(item);
    }

    private List<T> drain() {
        List<T> batch = new ArrayList<>();
        T item;
        while ((item = queue.poll()) != null) {
            batch.add(item);
        }
        return batch;
    }

    @Override
    public void close() throws Exception {
        sampling.close();
    }
}
