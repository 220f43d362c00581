package org.ewcstation.services.history;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the run view takes to read a big run (3000 APs, 8 status changes each, one transfer per AP): the open
 * view re-reads it on every poll. Prints the median of 9 reads after 5 warm-up reads; tests/bench/history-read.sh compares it with the
 * sqlite3 shell running the same queries on the same file.
 */
@Tag("bench")
class HistoryReadBench {

    static final int APS = 3000;
    static final String[] STATUSES = {
        "None",
        "Initiated",
        "Downloading",
        "Predownloading",
        "Predownloading",
        "Predownloading",
        "Predownloading",
        "Complete"
    };

    @Test
    void readABigRun() throws Exception {
        Path dir = Path.of(System.getProperty(
                "bench.dir", Files.createTempDirectory("history-bench").toString()));
        Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
        long runId;
        try (Store store = Store.open(dir)) {
            UpgradeHistory history = new UpgradeHistory(store, Clock.fixed(t0, ZoneOffset.UTC));
            RunRecorder r = history.start(
                    new RunInfo("192.0.2.10:22", "17.9.4.27", "EWC/17_12_1", "17.12.1.5", Protocol.TFTP, "192.0.2.5"));
            runId = r.runId();
            store.inTransaction(c -> {
                // one transaction for the set-up only; the app writes row by row
                for (int i = 0; i < APS; i++) {
                    r.ap("AP-" + i, "C9120AXI-B", "17.9.4.27");
                }
                return null;
            });
            store.inTransaction(c -> {
                for (int s = 0; s < STATUSES.length; s++) {
                    for (int i = 0; i < APS; i++) {
                        r.apStatus(
                                new ApObservation(
                                        "AP-" + i, "C9120AXI-B", STATUSES[s], s / 4, t0.plusSeconds(10L * s + i % 10)),
                                s > 2 ? "17.12.1.5" : "");
                    }
                }
                for (int i = 0; i < APS; i++) {
                    InetSocketAddress peer = new InetSocketAddress("192.0.2.10", 40000 + i % 20000);
                    r.onEvent(new TransferEvent.Started(
                            i, t0.plusSeconds(20), Protocol.TFTP, peer, "EWC/17_12_1/ap1g7", 50_000_000, Map.of()));
                    r.onEvent(new TransferEvent.Completed(
                            i,
                            t0.plusSeconds(30),
                            Protocol.TFTP,
                            peer,
                            "EWC/17_12_1/ap1g7",
                            50_000_000,
                            Duration.ofSeconds(10),
                            5_000_000));
                }
                return null;
            });
            for (int k = 0; k < 5; k++) {
                RunDetail.of(history.report(runId)
                        .orElseThrow()); // warm-up: the open view reads the same run again and again
            }
            long[] ms = new long[9];
            int entries = 0;
            for (int k = 0; k < ms.length; k++) {
                long start = System.nanoTime();
                RunDetail d = RunDetail.of(history.report(runId).orElseThrow());
                ms[k] = (System.nanoTime() - start) / 1_000_000;
                entries = d.timeline().size();
            }
            Arrays.sort(ms);
            System.out.printf(
                    "history-bench: run %d of %d APs, %d timeline entries: read + build median %d ms (min %d, max %d)%n",
                    runId, APS, entries, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
            System.out.printf("history-bench: file %s%n", store.file());
        }
    }
}
