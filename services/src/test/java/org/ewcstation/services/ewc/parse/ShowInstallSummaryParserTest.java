package org.ewcstation.services.ewc.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.InstallSummary.State;
import org.junit.jupiter.api.Test;

/** {@code show install summary} in the forms IOS-XE prints (per location, legend, rows, the auto-abort timer). */
class ShowInstallSummaryParserTest {

    final ShowInstallSummaryParser parser = new ShowInstallSummaryParser();

    @Test
    void anActivationAwaitingItsCommit() {
        String text = """
        [ Chassis 1/R0 ] Installed Package(s) Information:
        State (St): I - Inactive, U - Activated & Uncommitted,
                    C - Activated & Committed, D - Deactivated & Uncommitted
        --------------------------------------------------------------------------------
        Type  St   Filename/Version
        --------------------------------------------------------------------------------
        IMG   C    17.09.04a.0.6
        IMG   U    17.12.01.0.1565

        --------------------------------------------------------------------------------
        Auto abort timer: active on install_activate, time before rollback - 01:49:42
        --------------------------------------------------------------------------------
        """;
        var p = parser.parse(text);
        assertThat(p.problems()).isEmpty();
        InstallSummary s = p.value();
        assertThat(s.packages())
                .extracting(InstallSummary.Package::location, InstallSummary.Package::state)
                .containsExactly(tuple("Chassis 1/R0", State.COMMITTED), tuple("Chassis 1/R0", State.UNCOMMITTED));
        assertThat(s.autoAbortRunning()).isTrue();
        assertThat(s.autoAbortTimer()).isEqualTo("active on install_activate");
        assertThat(s.timeBeforeRollback())
                .isEqualTo(Duration.ofHours(1).plusMinutes(49).plusSeconds(42));
        assertThat(s.imageStates("17.12.1")).containsExactly(State.UNCOMMITTED);
        assertThat(s.imageStates("17.9.4a")).containsExactly(State.COMMITTED);
        assertThat(s.imageStates("17.12.10")).isEmpty();
        assertThat(s.pending())
                .singleElement()
                .extracting(InstallSummary.Package::version)
                .isEqualTo("17.12.01.0.1565");
    }

    @Test
    void anOlderLocationFormSmuRowsAndAnIdleTimer() {
        String text = """
        [ R0 ] Installed Package(s) Information:
        State (St): I - Inactive, U - Activated & Uncommitted,
                    C - Activated & Committed, D - Deactivated & Uncommitted
        --------------------------------------------------------------------------------
        Type  St   Filename/Version
        --------------------------------------------------------------------------------
        SMU   D    bootflash:C9800-universalk9_wlc.17.09.04a.CSCwh12345.SPA.smu.bin
        IMG   C    17.09.04a.0.6

        --------------------------------------------------------------------------------
        Auto abort timer: inactive
        --------------------------------------------------------------------------------
        """;
        InstallSummary s = parser.parse(text).value();
        assertThat(s.packages()).extracting(InstallSummary.Package::location).containsOnly("R0");
        assertThat(s.autoAbortRunning()).isFalse();
        assertThat(s.timeBeforeRollback()).isNull();
        assertThat(s.pending())
                .singleElement()
                .extracting(InstallSummary.Package::type)
                .isEqualTo("SMU");
    }

    @Test
    void anythingElseIsAProblemNeverAnEmptyState() {
        var refused = parser.parse("                ^\n% Invalid input detected at '^' marker.\n");
        assertThat(refused.value().packages()).isEmpty();
        assertThat(refused.problems()).extracting(ParseProblem::reason).contains(ParseProblem.Reason.TRUNCATED);
        var odd = parser.parse("IMG   C    17.09.04a.0.6\nsomething new here\n");
        assertThat(odd.problems())
                .singleElement()
                .extracting(ParseProblem::line)
                .isEqualTo("something new here");
        assertThat(ShowInstallSummaryParser.clock("1d02:03:04"))
                .contains(Duration.ofHours(26).plusMinutes(3).plusSeconds(4));
    }
}
