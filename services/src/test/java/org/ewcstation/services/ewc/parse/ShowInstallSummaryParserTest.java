package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.InstalledPackage.InstallState;
import org.junit.jupiter.api.Test;

/**
 * {@code show install summary} in the forms of genieparser's ShowInstallSummary samples (indented, with the prompt
 * and command echoed), a 9800 pair's {@code [ Chassis 1/R0 2/R0 ]} header from a public upgrade guide, and the
 * {@code Uncommitted Package(s)} header with {@code active , time before rollback} from a published 9300 run.
 */
class ShowInstallSummaryParserTest {

    private static final String GENIE = """
                    Router#show install summary
                    [ R0 ] Installed Package(s) Information:
                    State (St): I - Inactive, U - Activated & Uncommitted,
                                C - Activated & Committed, D - Deactivated & Uncommitted
                    --------------------------------------------------------------------------------
                    Type  St   Filename/Version
                    --------------------------------------------------------------------------------
                    SMU   U    bootflash:utah.bm.smu.may15.bin
                    IMG   C    10.69.1.0.66982

                    --------------------------------------------------------------------------------
                    Auto abort timer: active on install_activate, time before rollback - 01:49:42
                    --------------------------------------------------------------------------------

            """;

    private final ShowInstallSummaryParser parser = new ShowInstallSummaryParser();

    @Test
    void genieparsersSampleWithItsRollbackTimer() {
        Parsed<InstallSummary> p = parser.parse(GENIE);
        assertThat(p.problems()).isEmpty();
        InstallSummary s = p.value();
        assertThat(s.location()).isEqualTo("R0");
        assertThat(s.packages()).extracting(x -> x.type() + " " + x.state() + " " + x.version())
                .containsExactly("SMU UNCOMMITTED bootflash:utah.bm.smu.may15.bin", "IMG COMMITTED 10.69.1.0.66982");
        assertThat(s.autoAbortActive()).isTrue();
        assertThat(s.autoAbortDetail()).isEqualTo("on install_activate");
        assertThat(s.rollbackIn()).isEqualTo(Duration.ofHours(1).plusMinutes(49).plusSeconds(42));
        assertThat(s.pending()).isTrue();
    }

    @Test
    void aPairWithTheSameReleaseInactiveAndCommittedAndNoTimer() {
        // genieparser's second sample: [ R0 R1 ], trailing spaces after the column header
        String text = "[ R0 R1 ] Installed Package(s) Information:\n"
                + "Type  St   Filename/Version                                                     \n"
                + "IMG   I    10.106.1.0.277\nIMG   C    10.106.1.0.277\n\nAuto abort timer: inactive\n";
        Parsed<InstallSummary> p = parser.parse(text);
        assertThat(p.problems()).isEmpty();
        assertThat(p.value().location()).isEqualTo("R0 R1");
        assertThat(p.value().autoAbortActive()).isFalse();
        assertThat(p.value().rollbackIn()).isNull();
        assertThat(p.value().pending()).isFalse();
    }

    @Test
    void theTargetReleaseIsFoundWhateverZerosTheControllerPrints() {
        String text = "[ Chassis 1/R0 2/R0 ] Installed Package(s) Information:\n"
                + "IMG   U    17.12.04.0.11\nIMG   I    17.09.04a.0.6\n"
                + "Auto abort timer: active , time before rollback - 05:40:12\n";
        InstallSummary s = parser.parse(text).value();
        assertThat(s.location()).isEqualTo("Chassis 1/R0 2/R0");
        assertThat(s.imageState("17.12.4")).isEqualTo(InstallState.UNCOMMITTED);
        assertThat(s.imageState("17.9.4a")).isEqualTo(InstallState.INACTIVE);
        assertThat(s.imageState("17.9.4")).isNull();
        assertThat(s.autoAbortDetail()).isEmpty();
        assertThat(s.rollbackIn()).isEqualTo(Duration.ofHours(5).plusMinutes(40).plusSeconds(12));
    }

    @Test
    void aRefusalOrAStrangeLineIsAProblemNotSilence() {
        Parsed<InstallSummary> p = parser.parse("show install summary\n                     ^\n"
                + "% Invalid input detected at '^' marker.\n");
        assertThat(p.value().packages()).isEmpty();
        assertThat(p.problems()).extracting(ParseProblem::line).contains("% Invalid input detected at '^' marker.");
    }

    @Test
    void anUnlistedStateLetterIsKeptAsOther() {
        InstallSummary s = parser.parse("IMG   X    17.12.04.0.11\n").value();
        assertThat(s.packages().getFirst().state()).isEqualTo(InstallState.OTHER);
    }

    @Test
    void theKindIsKnownByItsCommandAndByItsText() {
        assertThat(OutputKind.ofCommand("sh inst summ")).isEqualTo(OutputKind.SHOW_INSTALL_SUMMARY);
        assertThat(OutputKind.detect(GENIE)).isEqualTo(OutputKind.SHOW_INSTALL_SUMMARY);
        assertThat(OutputKind.ofCliName("show-install-summary").parse(GENIE).value())
                .isInstanceOf(InstallSummary.class);
    }
}
