package org.ewcstation.services.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.syslog.SyslogListeners;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.Family;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.history.ControllerDialects;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal against a real SQLite file: what it keeps per controller outlives the journal and the store. */
class HistoryJournalTest {

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));

    HistoryJournal journal(Store store, String release) {
        HistoryJournal.Sources sources = new HistoryJournal.Sources(
                new UpgradeHistory(store, clock), new TransferListeners(), new SyslogListeners(), () -> dir, clock);
        return new HistoryJournal(sources, "192.0.2.10:22", () -> release, d -> {});
    }

    @Test
    void theDialectIsKeptPerControllerWithTheReleaseItWasProbedOnAndTheLastProbeWins() {
        try (Store store = Store.open(dir)) {
            journal(store, "17.9.4a").dialect(ControllerDialect.of(Family.AP_IMAGE));
            clock.advance(Duration.ofHours(2));
            ControllerDialect partial = new ControllerDialect(
                    Optional.of(Family.INSTALL.name()),
                    Map.of(UpgradeAction.START, ActionForm.of(UpgradeAction.START, "install add profile default")),
                    Map.of(UpgradeAction.COMMIT, List.of("install commit")),
                    null);
            journal(store, "17.12.1").dialect(partial);
        }
        try (Store store = Store.open(dir)) {
            ControllerDialects.Entry e = new UpgradeHistory(store, clock)
                    .dialects()
                    .find("192.0.2.10:22")
                    .orElseThrow();
            assertThat(e.release()).isEqualTo("17.12.1");
            assertThat(e.family()).isEqualTo("install");
            assertThat(e.probedAt()).isEqualTo(Instant.parse("2026-12-03T12:00:00Z"));
            assertThat(e.forms())
                    .containsExactly(
                            new ControllerDialects.Form("START", true, "install add profile default"),
                            new ControllerDialects.Form("COMMIT", false, "install commit"));
            assertThat(new UpgradeHistory(store, clock).dialects().find("192.0.2.99:22"))
                    .isEmpty();
        }
    }

    @Test
    void everyFormOfAFamilyIsKeptWithItsLinesInOrder() {
        try (Store store = Store.open(dir)) {
            journal(store, "17.9.4a").dialect(ControllerDialect.of(Family.AP_IMAGE));
            assertThat(new UpgradeHistory(store, clock)
                            .dialects()
                            .find("192.0.2.10:22")
                            .orElseThrow()
                            .forms())
                    .contains(new ControllerDialects.Form("ACTIVATE_APS", true, "ap image swap ; ap image reset"));
        }
    }
}
