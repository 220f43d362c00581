package org.ewcstation.tests.ui;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.app.gui.MainWindow;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.views.aptable.ApRow;
import org.ewcstation.views.eventlog.LogEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (tag "bench", excluded from ./mvnw verify; run tests/bench/ui-responsiveness.sh):
 * the real main window under load — 1000 APs all changing every second, 50 transfers running with their
 * counters sampled, 200 log lines a second — and the longest stall of the FX thread, measured two ways:
 * the largest gap between pulses, and the worst latency of a probe posted every 5 ms.
 */
@Tag("bench")
class UiResponsivenessBench {

    static final int APS = 1000;
    static final int TRANSFERS = 50;
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));

    @Test
    void longestFxStallUnderLoad() throws Exception {
        Path dir = Files.createTempDirectory("ewc-bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AppContext ctx = AppContext.start(new GlobalOptions(dir, false));
        MainWindow[] window = new MainWindow[1];
        runAndWait(() -> {
            window[0] = new MainWindow(ctx, new Stage());
            window[0].stage().setX(0);
            window[0].stage().setY(0);
            window[0].show();
        });
        var model = window[0].model();
        if (Boolean.getBoolean("bench.noFollow")) {
            runAndWait(() -> model.eventLog().followTailProperty().set(false));
        }

        AtomicLong maxPulseGapNanos = new AtomicLong();
        AtomicLong lastPulse = new AtomicLong();
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long prev = lastPulse.getAndSet(now);
                if (prev != 0) {
                    maxPulseGapNanos.accumulateAndGet(now - prev, Math::max);
                }
            }
        };
        runAndWait(pulses::start);
        // CSS + layout of the main scene in one pulse: from the scene's pre-layout to its post-layout listener.
        AtomicLong maxLayoutNanos = new AtomicLong();
        AtomicLong layoutStart = new AtomicLong();
        runAndWait(() -> {
            var scene = window[0].stage().getScene();
            scene.addPreLayoutPulseListener(() -> layoutStart.set(System.nanoTime()));
            scene.addPostLayoutPulseListener(
                    () -> maxLayoutNanos.accumulateAndGet(System.nanoTime() - layoutStart.get(), Math::max));
        });

        TransferRegistry registry = ctx.transferRegistry();
        List<TransferRegistry.Live> live = new ArrayList<>();
        InetSocketAddress peer = new InetSocketAddress("127.0.0.1", 40000);
        for (int i = 0; i < TRANSFERS; i++) {
            TransferRegistry.Live l = registry.open(Protocol.TFTP, peer, "EWC/17_9_4a/ap1g" + (i % 8), 80_000_000);
            live.add(l);
            ctx.transferListeners()
                    .onEvent(new TransferEvent.Started(
                            l.id(),
                            Instant.now(),
                            Protocol.TFTP,
                            peer,
                            "EWC/17_9_4a/ap1g" + (i % 8),
                            80_000_000,
                            Map.of("blksize", "1468")));
        }

        // What each kind of work costs on the FX thread at most (after the warm-up), to tell where a stall comes from.
        AtomicLong maxRowsNanos = new AtomicLong();
        AtomicLong maxLogNanos = new AtomicLong();
        ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
        AtomicLong tick = new AtomicLong();
        load.scheduleAtFixedRate(
                () -> {
                    long t = tick.incrementAndGet();
                    List<ApRow> rows = new ArrayList<>(APS);
                    for (int i = 0; i < APS; i++) {
                        double pct = (t * 7 + i) % 101;
                        rows.add(new ApRow(
                                "AP-" + i,
                                "C9120AXI-E",
                                "ap1g7",
                                "10.0.0." + (i % 250),
                                String.format(Locale.ROOT, "687d.b402.%04x", i),
                                "17.9.3.50",
                                "17.9.4.27",
                                pct >= 100 ? "Complete" : "Predownloading",
                                "17.9.4.27",
                                (int) (t % 3),
                                "",
                                "TFTP",
                                pct,
                                "0:" + (10 + t % 50),
                                false));
                    }
                    if (Boolean.getBoolean("bench.noAps")) {
                        return;
                    }
                    Platform.runLater(() ->
                            timed(maxRowsNanos, () -> model.apTable().setRows(rows, System.currentTimeMillis())));
                },
                0,
                1,
                TimeUnit.SECONDS);
        if (!Boolean.getBoolean("bench.noTransfers")) {
            load.scheduleAtFixedRate(() -> live.forEach(l -> l.add(150_000)), 0, 10, TimeUnit.MILLISECONDS);
        }
        load.scheduleAtFixedRate(
                () -> {
                    if (Boolean.getBoolean("bench.noLog")) {
                        return;
                    }
                    List<LogEntry> lines = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        lines.add(LogEntry.raw(
                                Instant.now(),
                                LogEntry.Source.SYSLOG,
                                "127.0.0.1",
                                LogEntry.Level.INFO,
                                "%CAPWAPAC_SMGR_TRACE_MESSAGE-5-AP_JOIN_DISJOIN: Chassis 1 R0/0: wncd: AP Event: line "
                                        + i));
                    }
                    Platform.runLater(
                            () -> timed(maxLogNanos, () -> model.eventLog().append(lines)));
                },
                0,
                100,
                TimeUnit.MILLISECONDS);

        AtomicLong maxProbeNanos = new AtomicLong();
        long end = System.nanoTime() + RUN.toNanos();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < end) {
            long posted = System.nanoTime();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                if (posted > warmupEnd) {
                    maxProbeNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                }
                done.countDown();
            });
            done.await();
            LockSupportPark.parkMillis(5);
            if (System.nanoTime() < warmupEnd) {
                maxPulseGapNanos.set(0);
                maxRowsNanos.set(0);
                maxLogNanos.set(0);
                maxLayoutNanos.set(0);
            }
        }
        load.shutdownNow();
        runAndWait(pulses::stop);
        System.out.printf(
                "ui-bench: %d APs changing every second, %d transfers, 200 log lines/s for %d s%n",
                APS, TRANSFERS, RUN.toSeconds());
        System.out.printf("ui-bench: longest gap between FX pulses: %.1f ms%n", maxPulseGapNanos.get() / 1e6);
        System.out.printf(
                "ui-bench: worst FX-thread latency of a probe: %.1f ms (goal < 50 ms)%n", maxProbeNanos.get() / 1e6);
        System.out.printf(
                "ui-bench: longest single task: AP table update %.1f ms, log append %.1f ms, CSS + layout pass %.1f ms%n",
                maxRowsNanos.get() / 1e6, maxLogNanos.get() / 1e6, maxLayoutNanos.get() / 1e6);
        ctx.close();
    }

    private static void timed(AtomicLong max, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        max.accumulateAndGet(System.nanoTime() - t0, Math::max);
    }

    private static void runAndWait(Runnable r) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                latch.countDown();
            }
        });
        latch.await();
    }

    /** Paces the probe loop (this is a benchmark's clock, not test synchronisation). */
    private static final class LockSupportPark {
        static void parkMillis(long ms) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ms));
        }
    }
}
