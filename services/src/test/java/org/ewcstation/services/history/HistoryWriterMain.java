package org.ewcstation.services.history;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.store.Store;

/**
 * Runs in a separate JVM for {@link KilledRunTest}: records a run, then waits to be killed mid-run. It prints
 * nothing: the test watches the SQLite file itself.
 */
public final class HistoryWriterMain {

    private HistoryWriterMain() {}

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(Path.of(args[0]));
        UpgradeHistory history = new UpgradeHistory(store, Clock.systemUTC());
        RunRecorder r = history.start(HistoryFixtures.INFO);
        HistoryFixtures.writeSome(r, Clock.systemUTC().instant());
        if (args.length > 1 && args[1].equals("loop")) {
            // keep writing until killed, so the kill lands in the middle of a write
            for (int i = 0; ; i++) {
                r.apStatus(
                        new ApObservation(
                                "AP-POD-2-2",
                                "C9120AXI-B",
                                i % 2 == 0 ? "Downloading" : "Predownloading",
                                i,
                                Clock.systemUTC().instant()),
                        "17.12.1.5");
            }
        }
        new CountDownLatch(1).await(); // the run is still going when the test kills us
    }
}
