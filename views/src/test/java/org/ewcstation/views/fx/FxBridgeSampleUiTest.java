package org.ewcstation.views.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sampled feed outlives a failing snapshot and a failing apply: a timer task that throws is never run again, which
 * once froze a screen for the rest of the run after one bad read.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FxBridgeSampleUiTest {

    private final FxBridge bridge = new FxBridge();

    @Start
    void start(Stage stage) {
        // the toolkit only; the bridge needs no window
    }

    @AfterEach
    void close() {
        bridge.close();
    }

    @Test
    void aFailingSnapshotDoesNotEndTheFeed() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        List<Integer> shown = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        try (AutoCloseable feed = bridge.sample(
                10,
                () -> {
                    int n = reads.incrementAndGet();
                    if (n == 2) {
                        throw new IllegalStateException("the source is gone for a moment");
                    }
                    return n;
                },
                n -> {
                    onFxThread.add(Platform.isFxApplicationThread());
                    if (n == 3) {
                        throw new IllegalArgumentException("the screen cannot show this one");
                    }
                    shown.add(n);
                })) {
            await().atMost(Duration.ofSeconds(10)).until(() -> shown.size() >= 3);
        }
        assertThat(shown).startsWith(1, 4).doesNotContain(2, 3);
        assertThat(onFxThread).containsOnly(true);
    }
}
