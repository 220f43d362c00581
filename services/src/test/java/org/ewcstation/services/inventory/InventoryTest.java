package org.ewcstation.services.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.ApSnapshotReader;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.EwcSession;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.services.store.Store;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory in a real SQLite file: upserts, image history, and a reopen after close. */
class InventoryTest {

    @TempDir
    Path dir;

    static ApStatus ap(String name, String model, String primary) {
        return ap(name, model, primary, "", "");
    }

    static ApStatus ap(String name, String model, String primary, String ethernetMac, String radioMac) {
        return new ApStatus(
                name,
                model,
                null,
                ethernetMac,
                radioMac,
                "192.0.2.10",
                "Registered",
                primary,
                "17.9.3.50",
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null);
    }

    static ApSnapshot snap(Instant at, ApStatus... aps) {
        return new ApSnapshot(at, "ewc", null, null, List.of(aps), List.of());
    }

    @Test
    void snapshotsUpsertApsRecordImageChangesAndSurviveAReopen() {
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        try (Store store = Store.open(dir)) {
            Inventory inv = new Inventory(store);
            inv.recordController("192.0.2.1", 22, "WLC-EWC", "17.9.4a", "C9800-AP", "SHA256:abc", t0);
            inv.recordSnapshot(
                    "192.0.2.1",
                    22,
                    snap(
                            t0,
                            ap("AP1", "AIR-AP2802I-E-K9", "17.9.4.27"),
                            ap("AP2", "C9120AXI-E", "17.9.4.27", "687d.b402.bb44", "687d.b475.dba0")));
            // a later poll: AP1 upgraded and now has its MACs, AP2 lost its model and MACs (must keep the old ones)
            inv.recordSnapshot(
                    "192.0.2.1",
                    22,
                    snap(
                            t0.plusSeconds(60),
                            ap("AP1", "AIR-AP2802I-E-K9", "17.12.1.5", "002a.1087.ca0a", "00a2.eefd.9f20"),
                            ap("AP2", null, "17.9.4.27")));
        }
        try (Store store = Store.open(dir)) {
            Inventory inv = new Inventory(store);
            InventoryController c = inv.controller("192.0.2.1", 22).orElseThrow();
            assertThat(c.hostname()).isEqualTo("WLC-EWC");
            assertThat(c.platform()).isEqualTo("C9800-AP");
            assertThat(c.hostKeyFingerprint()).isEqualTo("SHA256:abc");
            assertThat(c.lastSeen()).isEqualTo(t0.plusSeconds(60));
            List<InventoryAp> aps = inv.aps(c.id());
            assertThat(aps).extracting(InventoryAp::name).containsExactly("AP1", "AP2");
            assertThat(aps.get(0).imageType()).isEqualTo("ap3g3");
            assertThat(aps.get(0).primaryImage()).isEqualTo("17.12.1.5");
            assertThat(aps.get(1).model()).isEqualTo("C9120AXI-E");
            assertThat(aps.get(1).imageType()).isEqualTo("ap1g7");
            assertThat(aps.get(1).lastStatus()).isEqualTo("Registered");
            assertThat(aps)
                    .extracting(InventoryAp::ethernetMac, InventoryAp::radioMac)
                    .containsExactly(
                            Tuple.tuple("002a.1087.ca0a", "00a2.eefd.9f20"),
                            Tuple.tuple("687d.b402.bb44", "687d.b475.dba0"));
            assertThat(inv.imageHistory(c.id(), "AP1"))
                    .extracting(ImageChange::from, ImageChange::to)
                    .containsExactly(Tuple.tuple("", "17.9.4.27"), Tuple.tuple("17.9.4.27", "17.12.1.5"));
            assertThat(inv.imageHistory(c.id(), "AP2")).hasSize(1);
        }
    }

    @Test
    void theRecorderStoresARealPollOfTheSimulator() throws Exception {
        try (SimulatedEwc ewc = SimFixture.sim().aps(4).start();
                SimFixture fx = new SimFixture(dir)) {
            ApSnapshot s;
            try (EwcSession session = fx.login(ewc)) {
                s = new ApSnapshotReader(Clock.systemUTC()).read(session);
            }
            Inventory inv = new Inventory(fx.store);
            EwcEndpoint e = new EwcEndpoint(ewc.host(), ewc.sshPort());
            InventoryRecorder rec = new InventoryRecorder(inv, e);
            List<ApSnapshot> uiSaw = new ArrayList<>();
            rec.identified(
                    new VersionInfo("WLC-EWC", "17.9.4a", "C9800-AP", true, "1 day"),
                    fx.trust.known(e).orElseThrow().fingerprint());
            rec.alongside(new PollListener() {
                        @Override
                        public void snapshot(ApSnapshot snapshot, ApChanges changes) {
                            uiSaw.add(snapshot);
                        }
                    })
                    .snapshot(s, null);
            assertThat(uiSaw).containsExactly(s);
            InventoryController c = inv.controller(ewc.host(), ewc.sshPort()).orElseThrow();
            assertThat(c.hostname()).isEqualTo("WLC-EWC");
            assertThat(c.hostKeyFingerprint()).startsWith("SHA256:");
            assertThat(inv.aps(c.id())).hasSize(4).allSatisfy(a -> {
                assertThat(a.primaryImage()).isNotBlank();
                assertThat(a.model()).isNotBlank();
            });
            assertThat(inv.aps(c.id()))
                    .extracting(InventoryAp::name)
                    .containsExactlyInAnyOrderElementsOf(
                            ewc.aps().stream().map(a -> a.name()).toList());
            // the MACs the simulator's show ap summary prints, through the poll into the store
            assertThat(inv.aps(c.id()))
                    .extracting(InventoryAp::name, InventoryAp::ethernetMac, InventoryAp::radioMac)
                    .containsExactlyInAnyOrderElementsOf(ewc.aps().stream()
                            .map(a -> Tuple.tuple(a.name(), a.ethernetMac(), a.radioMac()))
                            .toList());
            assertThat(inv.aps(c.id()))
                    .allSatisfy(a -> assertThat(a.ethernetMac()).matches("[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}"));
        }
    }
}
