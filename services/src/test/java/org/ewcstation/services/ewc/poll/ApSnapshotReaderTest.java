package org.ewcstation.services.ewc.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ewcstation.services.ewc.model.ApImageEntry;
import org.ewcstation.services.ewc.model.ApSummaryEntry;
import org.ewcstation.services.ewc.parse.ShowApImageParser;
import org.ewcstation.services.ewc.parse.ShowApSummaryParser;
import org.junit.jupiter.api.Test;

/** The join of {@code show ap image} and {@code show ap summary} on real controller output from shared/samples. */
class ApSnapshotReaderTest {

    static String sample(String name) throws IOException {
        String shared = System.getProperty("ewcstation.shared");
        assertThat(shared).as("system property ewcstation.shared").isNotNull();
        return Files.readString(Path.of(shared, "samples", name), StandardCharsets.UTF_8);
    }

    static List<ApSummaryEntry> summary(String name) throws IOException {
        var p = new ShowApSummaryParser().parse(sample(name));
        assertThat(p.problems()).isEmpty();
        return p.value().aps();
    }

    @Test
    void macsComeFromTheSummaryAsTheControllerPrintsThem() throws IOException {
        List<ApSummaryEntry> summary = summary("show_ap_summary__genieparser__5.txt");
        // the image lists one AP of the summary and one the summary does not know (yet)
        List<ApImageEntry> image = new ArrayList<>(new ShowApImageParser()
                .parse(sample("show_ap_image__seed__1.txt"))
                .value()
                .aps()
                .subList(0, 1));
        ApImageEntry known = image.getFirst();
        image.add(new ApImageEntry(
                "AP687D.B402.BB44",
                known.primaryImage(),
                known.backupImage(),
                known.predownloadStatus(),
                known.predownloadVersion(),
                known.nextRetryTime(),
                known.retryCount(),
                known.method()));

        List<ApStatus> aps = new ApSnapshotReader(Clock.systemUTC()).join(image, summary, Map.of());

        assertThat(aps)
                .extracting(ApStatus::name, ApStatus::ethernetMac, ApStatus::radioMac)
                .containsExactly(
                        tuple(known.name(), "", ""),
                        tuple("AP687D.B402.BB44", "687d.b402.bb44", "687d.b475.dba0"),
                        tuple("AP002A.1087.CA0A", "002a.1087.ca0a", "00a2.eefd.9f20"),
                        tuple("AP687D.B402.EF8C", "687d.b402.ef8c", "687d.b477.7de0"),
                        tuple("AP7061.7B5F.1136", "7061.7b5f.1136", "9077.ee00.c7c0"),
                        tuple("APA4B2.3987.937C", "a4b2.3987.937c", "a4b2.3983.7580"));
        assertThat(aps.get(1).ipAddress()).isEqualTo("9.3.13.220");
        assertThat(aps.get(1).primaryImage()).isEqualTo(known.primaryImage());
    }

    @Test
    void theOldSummaryLayoutGivesTheMacsToo() throws IOException {
        List<ApStatus> aps = new ApSnapshotReader(Clock.systemUTC())
                .join(List.of(), summary("show_ap_summary__ntc-ios__1.txt"), Map.of());
        assertThat(aps)
                .extracting(ApStatus::name, ApStatus::ethernetMac, ApStatus::radioMac)
                .containsExactly(tuple("device-name", "0000.0000.000a", "000a.000a.0000"));
    }
}
