package org.ewcstation.services.ewc.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ewcstation.services.ewc.model.ApImageEntry;
import org.ewcstation.services.ewc.model.ApSummaryEntry;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.parse.ShowApImageParser;
import org.ewcstation.services.ewc.parse.ShowApSummaryParser;
import org.ewcstation.services.ewc.testing.CliFixtures;
import org.junit.jupiter.api.Test;

/**
 * The join of {@code show ap image} and {@code show ap summary}, on our fixtures in the controller's layouts:
 * the image table lists an AP that has left the summary, and the summary one that joined after the image was
 * read.
 */
class ApSnapshotReaderTest {

    static List<ApSummaryEntry> summary(String name) {
        var p = new ShowApSummaryParser().parse(CliFixtures.text(name));
        assertThat(p.problems()).isEmpty();
        return p.value().aps();
    }

    static List<ApImageEntry> image(String name) {
        var p = new ShowApImageParser().parse(CliFixtures.text(name));
        assertThat(p.problems()).isEmpty();
        return p.value().aps();
    }

    @Test
    void macsComeFromTheSummaryAsTheControllerPrintsThem() {
        List<ApStatus> aps = new ApSnapshotReader(Clock.systemUTC())
                .join(
                        image("show_ap_image__ewc-mixed__1.txt"),
                        summary("show_ap_summary__new-layout__1.txt"),
                        Map.of());

        assertThat(aps)
                .extracting(ApStatus::name, ApStatus::ethernetMac, ApStatus::radioMac)
                .containsExactly(
                        tuple("OSK-9120-EWC", "40f0.78a0.1b2c", "40f0.78b3.7e40"),
                        tuple("AP5C5A.C716.0D84", "5c5a.c716.0d84", "5c5a.c7a9.2f10"),
                        tuple("OSK-2F-STOCK-2802", "7c21.0e55.93a8", "7c21.0e8c.4ac0"),
                        tuple("OSK-WAREHOUSE-NORTH-DOCK-9130-01", "4c77.6d1e.03f4", "4c77.6d55.a9c0"),
                        tuple("osk-1f-lobby-9105", "e8d3.22f0.7c19", "e8d3.2244.b580"),
                        // in show ap image, gone from the summary: nothing to take a MAC from
                        tuple("OSK-B1-PARKING-1815", "", ""),
                        // joined after show ap image was read: listed, its image columns unknown
                        tuple("OSK-1F-OFFICE-9115", "2c3f.0b91.5d02", "2c3f.0bd8.31e0"));
        assertThat(aps)
                .extracting(ApStatus::model, ApStatus::imageType)
                .containsExactly(
                        tuple("C9120AXI-Q", "ap1g7"),
                        tuple("AIR-AP3802I-Q-K9", "ap3g3"),
                        tuple("AIR-AP2802E-Q-K9", "ap3g3"),
                        tuple("C9130AXE-Q", "ap1g6a"),
                        tuple("C9105AXI-Q", "ap1g8"),
                        tuple(null, "unknown"),
                        tuple("C9115AXI-Q", "ap1g7"));
        assertThat(aps.get(1).ipAddress()).isEqualTo("2001:db8:30:15:5e5a:c7ff:fe16:d84");
        assertThat(aps.get(1).primaryImage()).isEqualTo("17.9.5.47");
        assertThat(aps.get(1).backupImage()).isEqualTo("17.12.4.112");
        assertThat(aps.get(3).phase()).isEqualTo(PredownloadPhase.FAILED);
        assertThat(aps.get(3).nextRetryTime()).isEqualTo("09:41:30");
        assertThat(aps.get(3).retryCount()).isEqualTo(2);
        assertThat(aps.get(5).ipAddress()).isNull();
        assertThat(aps.get(6).primaryImage()).isNull();
        assertThat(aps.get(6).phase()).isEqualTo(PredownloadPhase.UNKNOWN);
        assertThat(aps.get(6).ipAddress()).isEqualTo("192.0.2.47");
    }

    @Test
    void theOldSummaryLayoutGivesTheMacsToo() {
        List<ApStatus> aps = new ApSnapshotReader(Clock.systemUTC())
                .join(List.of(), summary("show_ap_summary__old-layout__1.txt"), Map.of());
        assertThat(aps)
                .extracting(ApStatus::name, ApStatus::ethernetMac, ApStatus::radioMac)
                .containsExactly(
                        tuple("tky-lab-9115", "a4c3.61e0.2b14", "a4c3.6127.9f00"),
                        tuple("TKY-LAB-RACK2", "d4ad.71b0.44c8", "d4ad.71f3.a260"));
    }
}
