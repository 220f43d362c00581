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
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.junit.jupiter.api.Test;

/**
 * The long actions' rules in the workflow: a time-out or a dropped session never ends a run, a {@code FAILED:} ends
 * it Failed with the controller's words, the heartbeat reaches the log and the stage bar, {@code [y/n/q]} is answered
 * by the save setting, and a reload is confirmed. The controller is the recording stand-in {@link FakeController}
 * (the same rules run against the simulator over real SSH in the end-to-end tests).
 */
class LongActionWorkflowTest {

    final FakeController controller = new FakeController();
    final RecordingJournal journal = new RecordingJournal();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    final List<Msg> log = new CopyOnWriteArrayList<>();
    final List<Msg> heartbeats = new CopyOnWriteArrayList<>();
    final ActionLimits limits = new ActionLimits(Duration.ofMinutes(16), Duration.ofSeconds(15));

    UpgradeWorkflow workflow(boolean save) {
        return new UpgradeWorkflow(
                controller,
                journal,
                new UpgradeListener() {
                    @Override
                    public void log(Severity level, Msg message) {
                        log.add(message);
                    }

                    @Override
                    public void actionRunning(Msg heartbeat) {
                        heartbeats.add(heartbeat == null ? Msg.of("-") : heartbeat);
                    }
                },
                new WorkflowSettings(Duration.ofMinutes(15), save, limits),
                clock);
    }

    UpgradeWorkflow started(boolean save) {
        controller.dialect = ControllerDialect.of(Family.INSTALL);
        UpgradeWorkflow w = workflow(save);
        w.onPoll(List.of(none("AP-1"), none("AP-2")));
        assertThat(w.save(UpgradeWorkflowTest.plan()).done()).isTrue();
        return w;
    }

    @Test
    void aStartThatOutlastsOurWaitStaysInTheDownloadStageAndCompletes() {
        UpgradeWorkflow w = started(true);
        controller.endings.put(
                "install add profile default",
                new EwcException(EwcError.TIMEOUT, "install add profile default", "install_add: Downloading"));

        assertThat(w.start(c -> true)).isEqualTo(new Outcome.Done(Stage.PREDOWNLOADING));

        assertThat(w.stage()).isEqualTo(Stage.PREDOWNLOADING);
        assertThat(journal.events).containsExactly("begin 2").doesNotContain("finish ABORTED");
        assertThat(log).extracting(Msg::key).contains("upgrade.log.actionStillRunning");
        assertThat(w.start(c -> true)).isInstanceOf(Outcome.Refused.class); // never offered again meanwhile
        assertThat(controller.limitsUsed).containsOnly(limits);
        w.onPoll(List.of(Aps.downloading("AP-1", 40), Aps.downloading("AP-2", 10)));
        w.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        assertThat(w.stage()).isEqualTo(Stage.PREDOWNLOADED);
    }

    @Test
    void aDroppedSessionDuringTheStartDoesNotEndTheRun() {
        UpgradeWorkflow w = started(true);
        controller.endings.put(
                "install add profile default",
                new EwcException(EwcError.CONNECTION_LOST, "install add profile default", ""));
        assertThat(w.start(c -> true).done()).isTrue();
        assertThat(w.stage()).isEqualTo(Stage.PREDOWNLOADING);
        assertThat(log).extracting(Msg::key).contains("upgrade.log.actionDropped");
        assertThat(journal.events).doesNotContain("finish ABORTED", "finish FAILED");
    }

    @Test
    void aFailedStartEndsTheRunFailedWithTheControllersWordsAndAdvice() {
        UpgradeWorkflow w = started(true);
        String words = "FAILED: install_add : Failed to download file tftp://192.0.2.5/Wrong/ap1g6: No such file";
        controller.endings.put(
                "install add profile default",
                new EwcException(EwcError.COMMAND_REJECTED, "install add profile default", words));

        Outcome o = w.start(c -> true);

        assertThat(o).isInstanceOf(Outcome.Failed.class);
        assertThat(w.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.events).containsExactly("begin 2", "finish FAILED");
        assertThat(journal.diagnoses).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosisCode.DOWNLOAD_FAILED);
            assertThat(d.args()).containsExactly("tftp://192.0.2.5/Wrong/ap1g6", "No such file");
        });
        assertThat(log).extracting(Msg::key).contains("diagnosis.downloadFailed.action");
    }

    @Test
    void theHeartbeatReachesTheLogAndTheStageBarAndClearsAtTheEnd() {
        UpgradeWorkflow w = started(true);
        controller.progress = "[1] Downloading file tftp://192.0.2.5/EWC/ap3g3";
        w.start(c -> true);
        assertThat(log)
                .contains(Msg.of(
                        "upgrade.log.running",
                        "install add profile default",
                        "3:12",
                        "[1] Downloading file tftp://192.0.2.5/EWC/ap3g3"));
        assertThat(heartbeats).hasSize(2).last().isEqualTo(Msg.of("-"));
        assertThat(LongStep.clockText(Duration.ofSeconds(3 * 3600 + 5))).isEqualTo("3:00:05");
    }

    @Test
    void theUnsavedQuestionIsAnsweredYesOnlyWhenTheSettingSaves() {
        UpgradeWorkflow saving = started(true);
        List<Confirmation> asked = new CopyOnWriteArrayList<>();
        saving.start(c -> asked.add(c));
        assertThat(asked.getFirst().answers()).anyMatch(a -> a.endsWith("[y/n/q] → y"));
        assertThat(controller.performed.getFirst().questions())
                .anyMatch(q -> q.pattern().contains("y/n/q") && q.reply().equals("y"));

        controller.performed.clear();
        UpgradeWorkflow notSaving = started(false);
        notSaving.start(c -> true);
        assertThat(controller.performed.getFirst().questions())
                .anyMatch(q -> q.pattern().contains("y/n/q") && q.reply().equals("q"));
    }

    @Test
    void aQuitAnswerStopsClearlyWithAdviceToSave() {
        UpgradeWorkflow w = started(false);
        controller.endings.put(
                "install add profile default",
                new EwcException(
                        EwcError.CONFIRMATION_DECLINED,
                        "install add profile default",
                        "Press Quit(q) to exit, you may save configuration and re-enter the command. [y/n/q]"));
        assertThat(w.start(c -> true)).isInstanceOf(Outcome.Failed.class);
        assertThat(journal.diagnoses.getFirst().code()).isEqualTo(DiagnosisCode.ACTION_NEEDS_SAVED_CONFIG);
        assertThat(log).extracting(Msg::key).contains("diagnosis.actionNeedsSavedConfig.action");
    }

    @Test
    void anActivationThatFailsEndsTheRunFailedWithoutWaitingForARejoin() {
        UpgradeWorkflow w = started(true);
        w.start(c -> true);
        w.onPoll(List.of(Aps.downloading("AP-1", 40), Aps.downloading("AP-2", 10)));
        w.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        controller.endings.put(
                "install activate",
                new EwcException(
                        EwcError.COMMAND_REJECTED,
                        "install activate",
                        "FAILED: install_activate exit(1) Failed on [1/R0]"));

        assertThat(w.activate(c -> true)).isInstanceOf(Outcome.Failed.class);

        assertThat(w.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.diagnoses.getFirst().args())
                .containsExactly("install activate", "FAILED: install_activate exit(1) Failed on [1/R0]");
        assertThat(w.progress().rebooting()).isEmpty();
    }

    @Test
    void anActivationTimeOutIsNotTakenForAReloadAndAControllerThatNeverLeftFailsTheRun() {
        UpgradeWorkflow w = started(true);
        w.start(c -> true);
        w.onPoll(List.of(Aps.downloading("AP-1", 40), Aps.downloading("AP-2", 10)));
        w.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        controller.endings.put(
                "install activate", new EwcException(EwcError.TIMEOUT, "install activate", "install_activate: ..."));
        assertThat(w.activate(c -> true).done()).isTrue();
        assertThat(log).extracting(Msg::key).contains("upgrade.log.actionStillRunning");
        assertThat(w.stage()).isEqualTo(Stage.REJOINING);

        controller.uptime = "3 hours, 2 minutes";
        clock.advance(Duration.ofMinutes(5));
        w.onControllerAway();
        w.onPoll(List.of(Aps.runningNew("AP-1"), Aps.runningNew("AP-2")));
        assertThat(w.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.diagnoses.getLast().code()).isEqualTo(DiagnosisCode.RELOAD_NOT_SEEN);
        assertThat(controller.sent).doesNotContain("install commit");
    }

    @Test
    void uptimeIsReadAsPeopleWriteIt() {
        assertThat(ReloadCheck.uptime("1 week, 2 days, 3 hours, 4 minutes"))
                .contains(Duration.ofDays(9).plusHours(3).plusMinutes(4));
        assertThat(ReloadCheck.uptime("4 minutes")).contains(Duration.ofMinutes(4));
        assertThat(ReloadCheck.uptime("unknown")).isEmpty();
    }
}
