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
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.history.ControllerDialects;
import org.ewcstation.services.history.ControllerIdentity;
import org.ewcstation.services.history.RunSummary;
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
        return journal(store, new VersionInfo("WLC-Lab1", release, "C9130AXI", true, "1 day"));
    }

    HistoryJournal journal(Store store, VersionInfo version) {
        HistoryJournal.Sources sources = new HistoryJournal.Sources(
                new UpgradeHistory(store, clock), new TransferListeners(), new SyslogListeners(), () -> dir, clock);
        return new HistoryJournal(sources, "192.0.2.10:22", () -> version, d -> {});
    }

    @Test
    void aRunIsNamedAfterWhatTheControllerSaidOfItselfAndStillFoundByItsAddress() {
        VersionInfo v = new VersionInfo(
                "WLC-Lab1",
                "17.9.4a",
                "C9130AXI",
                true,
                "1 day",
                "C9800-AP-universalk9",
                "C9130AXI-B",
                "FGL2351ABCD",
                69);
        try (Store store = Store.open(dir)) {
            journal(store, v).continueForActivation("192.0.2.10:22", List.of());
        }
        try (Store store = Store.open(dir)) {
            RunSummary run =
                    new UpgradeHistory(store, clock).latestFor("192.0.2.10:22").orElseThrow();
            assertThat(run.identity()).isEqualTo(new ControllerIdentity("WLC-Lab1", "C9130AXI-B", "FGL2351ABCD"));
            assertThat(run.controllerVersion()).isEqualTo("17.9.4a");
            assertThat(run.controllerLabel()).isEqualTo("WLC-Lab1 (C9130AXI-B, FGL2351ABCD) · 192.0.2.10:22");
        }
    }

    @Test
    void aControllerThatSaidNothingIsNamedByItsAddress() {
        try (Store store = Store.open(dir)) {
            journal(store, (VersionInfo) null).continueForActivation("192.0.2.10:22", List.of());
            RunSummary run =
                    new UpgradeHistory(store, clock).latestFor("192.0.2.10:22").orElseThrow();
            assertThat(run.identity().known()).isFalse();
            assertThat(run.controllerLabel()).isEqualTo("192.0.2.10:22");
            assertThat(run.controllerVersion()).isEmpty();
        }
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
