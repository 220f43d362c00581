package org.ewcstation.services.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ewcstation.services.upgrade.Aps.none;
import static org.ewcstation.services.upgrade.Aps.ready;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.dialect.ActionLimits;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.Family;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.InstallSummary.State;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.junit.jupiter.api.Test;

/**
 * The install state in the workflow: no Start over an uncommitted activation, {@code install commit} only when the
 * target is {@code U}, VERIFIED only when it is {@code C}, the auto-abort deadline shown. The controller is the
 * recording stand-in {@link FakeController} (a mock: the rules are tested here without SSH).
 */
class InstallStateWorkflowTest {

    static final String OLD = "17.09.04a.0.6";
    static final String NEW = "17.12.01.0.1565";

    final FakeController controller = new FakeController();
    final RecordingJournal journal = new RecordingJournal();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    final List<Msg> log = new CopyOnWriteArrayList<>();

    UpgradeWorkflow saved() {
        controller.dialect = ControllerDialect.of(Family.INSTALL);
        UpgradeWorkflow w = new UpgradeWorkflow(
                controller,
                journal,
                new UpgradeListener() {
                    @Override
                    public void log(Severity level, Msg message) {
                        log.add(message);
                    }
                },
                new WorkflowSettings(
                        Duration.ofMinutes(15), true, new ActionLimits(Duration.ofMinutes(16), Duration.ofSeconds(15))),
                clock);
        w.onPoll(List.of(none("AP-1"), none("AP-2")));
        assertThat(w.save(UpgradeWorkflowTest.plan()).done()).isTrue();
        return w;
    }

    static InstallSummary summary(String timer, Duration left, InstallSummary.Package... rows) {
        return new InstallSummary(List.of(rows), timer, left);
    }

    static InstallSummary.Package img(State s, String version) {
        return new InstallSummary.Package("Chassis 1/R0", "IMG", s, version);
    }

    static final InstallSummary COMMITTED_OLD = summary("inactive", null, img(State.COMMITTED, OLD));
    static final InstallSummary ACTIVATED_NEW = summary(
            "active on install_activate",
            Duration.ofMinutes(109).plusSeconds(42),
            img(State.COMMITTED, OLD),
            img(State.UNCOMMITTED, NEW));
    static final InstallSummary COMMITTED_NEW =
            summary("inactive", null, img(State.INACTIVE, OLD), img(State.COMMITTED, NEW));

    /** Start, every AP ready, activation sent, the controller and the APs back on the target. */
    UpgradeWorkflow backOnTheTarget(UpgradeWorkflow w) {
        assertThat(w.start(c -> true).done()).isTrue();
        w.onPoll(List.of(Aps.downloading("AP-1", 40), Aps.downloading("AP-2", 10)));
        w.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        assertThat(w.activate(c -> true).done()).isTrue();
        clock.advance(Duration.ofMinutes(8));
        w.onControllerAway();
        w.onPoll(List.of(Aps.runningNew("AP-1"), Aps.runningNew("AP-2")));
        return w;
    }

    @Test
    void startIsRefusedWhileAnActivationIsUncommittedAndTheDeadlineIsNamed() {
        UpgradeWorkflow w = saved();
        controller.summaries.add(ACTIVATED_NEW);
        List<Confirmation> asked = new CopyOnWriteArrayList<>();

        Outcome o = w.start(c -> asked.add(c));

        assertThat(o).isInstanceOf(Outcome.Refused.class);
        assertThat(asked).isEmpty();
        assertThat(controller.sent).doesNotContain("install add profile default");
        assertThat(w.stage()).isEqualTo(Stage.PROFILE_SAVED);
        assertThat(log).contains(Msg.of("diagnosis.installUncommitted.message", NEW, "U", "11:49"));
        assertThat(log).extracting(Msg::key).contains("diagnosis.installUncommitted.action");
    }

    @Test
    void theCommitIsSentOnlyOnceTheTargetIsUncommittedAndTheRunVerifiedOnlyOnceItIsCommitted() {
        UpgradeWorkflow w = saved();
        controller.summaries.addAll(List.of(COMMITTED_OLD, ACTIVATED_NEW, COMMITTED_NEW));

        backOnTheTarget(w);

        assertThat(w.stage()).isEqualTo(Stage.VERIFIED);
        assertThat(controller.sent).containsSubsequence("install activate", "install commit");
        assertThat(controller.summaryReads).isEqualTo(3); // before Start, before the commit, after it
        assertThat(log).contains(Msg.of("upgrade.log.autoAbort", "11:57"));
    }

    @Test
    void aCommitAfterWhichTheTargetIsStillUncommittedEndsTheRunFailed() {
        UpgradeWorkflow w = saved();
        controller.summaries.addAll(List.of(COMMITTED_OLD, ACTIVATED_NEW));

        backOnTheTarget(w);

        assertThat(controller.sent).contains("install commit");
        assertThat(w.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.diagnoses.getLast().code()).isEqualTo(DiagnosisCode.INSTALL_STATE_WRONG);
        assertThat(journal.diagnoses.getLast().args()).containsExactly("17.12.1", "U");
    }

    @Test
    void aTargetMissingFromTheSummaryIsNeverCommitted() {
        UpgradeWorkflow w = saved();
        controller.summaries.add(COMMITTED_OLD); // the activation rolled back, or never took

        backOnTheTarget(w);

        assertThat(controller.sent).doesNotContain("install commit");
        assertThat(w.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.diagnoses.getLast().args()).containsExactly("17.12.1", "-");
    }

    @Test
    void aTargetCommittedAlreadyIsVerifiedWithoutACommit() {
        UpgradeWorkflow w = saved();
        controller.summaries.addAll(List.of(COMMITTED_OLD, COMMITTED_NEW));

        backOnTheTarget(w);

        assertThat(controller.sent).doesNotContain("install commit");
        assertThat(w.stage()).isEqualTo(Stage.VERIFIED);
        assertThat(log).contains(Msg.of("upgrade.log.alreadyCommitted", "17.12.1"));
    }

    @Test
    void aControllerWithoutTheCommandIsCommittedAsPlannedAndSaysItWasNotChecked() {
        UpgradeWorkflow w = saved();

        backOnTheTarget(w);

        assertThat(controller.sent).contains("install commit");
        assertThat(w.stage()).isEqualTo(Stage.VERIFIED);
        assertThat(log).contains(Msg.of("upgrade.log.installUnknown"));
    }

    @Test
    void aWaitThatEndedLogsTheStateTheControllerReports() {
        UpgradeWorkflow w = saved();
        controller.summaries.addAll(List.of(COMMITTED_OLD, summary("inactive", null, img(State.COMMITTED, OLD))));
        controller.endings.put(
                "install add profile default",
                new EwcException(EwcError.TIMEOUT, "install add profile default", "install_add: Downloading"));

        assertThat(w.start(c -> true).done()).isTrue();

        assertThat(log).contains(Msg.of("upgrade.log.installState", "IMG C " + OLD, "-"));
    }
}
