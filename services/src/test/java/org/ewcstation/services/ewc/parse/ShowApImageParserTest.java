package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.ewcstation.services.ewc.model.ApImageEntry;
import org.ewcstation.services.ewc.model.ApImageReport;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.testing.ApImageText;
import org.junit.jupiter.api.Test;

class ShowApImageParserTest {

    private final ShowApImageParser parser = new ShowApImageParser();

    @Test
    void hundredsOfApsWithRepeatedHeadersDriftAndLongNames() {
        Parsed<ApImageReport> p = parser.parse(ApImageText.of(250, 40));
        assertThat(p.problems()).isEmpty();
        ApImageReport r = p.value();
        assertThat(r.totalAps()).isEqualTo(250);
        assertThat(r.aps()).hasSize(250);
        for (int i = 0; i < 250; i++) {
            ApImageEntry e = r.aps().get(i);
            assertThat(e.name()).isEqualTo(ApImageText.name(i));
            assertThat(e.predownloadStatus()).isEqualTo(ApImageText.status(i));
            assertThat(e.retryCount()).isEqualTo(i % 4);
            assertThat(e.nextRetryTime()).isEqualTo(i % 11 == 0 ? "00:01:30" : "N/A");
            assertThat(e.method()).isEqualTo("CAPWAP");
            assertThat(e.predownloadVersion()).isEqualTo("17.12.1.5");
        }
        assertThat(r.counts().predownloadInProgress()).isTrue();
        assertThat(r.counts().predownloading()).isEqualTo((int) r.aps().stream()
                .filter(a -> a.phase() == PredownloadPhase.PREDOWNLOADING)
                .count());
        assertThat(r.counts().notSupported()).isEqualTo((int) r.aps().stream()
                .filter(a -> a.phase() == PredownloadPhase.NOT_SUPPORTED)
                .count());
    }

    @Test
    void inProgressAndFailedRowsAndNoneVersions() {
        String text = """
        Total number of APs  : 3

        Number of APs
                Initiated                  : 1
                Downloading                : 0
                Predownloading             : 1
                Completed downloading      : 0
                Completed predownloading   : 0
                Not Supported              : 0
                Failed to Predownload      : 1
                Predownload in progress    : Yes

        AP Name                           Primary Image          Backup Image            Predownload Status   Predownload Version  Next Retry Time   Retry Count   Method
        ------------------------------------------------------------------------------------------------------------------------------------------------------------------
        AP-A                              17.9.4.27              0.0.0.0                 Initiated            17.12.1.5            N/A               0             TFTP
        AP-B                              17.9.4.27              17.9.4.27               Predownloading       17.12.1.5            N/A               0             SFTP
        AP-C                              17.9.4.27              17.9.4.27               Failed               None                 00:02:00          3             CAPWAP""";
        Parsed<ApImageReport> p = parser.parse(text);
        assertThat(p.problems()).isEmpty();
        var aps = p.value().aps();
        assertThat(aps)
                .extracting(ApImageEntry::phase)
                .containsExactly(PredownloadPhase.INITIATED, PredownloadPhase.PREDOWNLOADING, PredownloadPhase.FAILED);
        assertThat(aps.get(2).predownloadVersion()).isEqualTo("None");
        assertThat(aps.get(2).nextRetryTime()).isEqualTo("00:02:00");
        assertThat(aps.get(2).retryCount()).isEqualTo(3);
        assertThat(aps.get(0).method()).isEqualTo("TFTP");
        assertThat(p.value().counts().failedToPredownload()).isEqualTo(1);
        assertThat(p.value().counts().active()).isEqualTo(2);
    }

    @Test
    void aReleaseWithoutTheMethodColumn() {
        String text = """
        AP Name           Primary Image   Backup Image   Predownload Status   Predownload Version   Next Retry Time   Retry Count
        ----------------------------------------------------------------------------------------------------------------------
        AP1               17.3.4.30       17.3.4.30      None                 0.0.0.0               N/A               0
        """;
        Parsed<ApImageReport> p = parser.parse(text);
        assertThat(p.problems()).isEmpty();
        ApImageEntry e = p.value().aps().getFirst();
        assertThat(e.method()).isNull();
        assertThat(e.predownloadStatus()).isEqualTo("None");
        assertThat(e.predownloadVersion()).isEqualTo("0.0.0.0");
        assertThat(p.value().totalAps()).isEqualTo(1);
    }

    @Test
    void unreadableLinesAreReportedNotDropped() {
        String text = ApImageText.of(3, 50) + "\nAP-BROKEN  17.9.4.27\n        Something new              : maybe\n";
        Parsed<ApImageReport> p = parser.parse(text);
        assertThat(p.value().aps()).hasSize(3);
        assertThat(p.problems())
                .extracting(ParseProblem::line)
                .containsExactly("AP-BROKEN  17.9.4.27", "        Something new              : maybe");
        assertThat(p.problems().getFirst().reason()).isEqualTo(ParseProblem.Reason.UNRECOGNISED_ROW);
        assertThat(p.problems().getFirst().lineNumber()).isGreaterThan(10);
    }

    @Test
    void emptyOutputIsAnEmptyReport() {
        Parsed<ApImageReport> p = parser.parse("");
        assertThat(p.value().aps()).isEmpty();
        assertThat(p.value().totalAps()).isZero();
        assertThat(p.problems()).isEmpty();
    }
}
