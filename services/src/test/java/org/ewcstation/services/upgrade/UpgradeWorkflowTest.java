package org.ewcstation.services.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ewcstation.services.upgrade.Aps.NEW;
import static org.ewcstation.services.upgrade.Aps.downloading;
import static org.ewcstation.services.upgrade.Aps.failed;
import static org.ewcstation.services.upgrade.Aps.none;
import static org.ewcstation.services.upgrade.Aps.ready;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.MutableClock;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.Family;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.junit.jupiter.api.Test;

/** The rules of the upgrade state machine, one test each; the controller is a recording stand-in. */
class UpgradeWorkflowTest {

    final FakeController controller = new FakeController();
    final RecordingJournal journal = new RecordingJournal();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    final List<Confirmation> asked = new CopyOnWriteArrayList<>();
    final List<Stage> stages = new CopyOnWriteArrayList<>();
    final UpgradeWorkflow workflow = new UpgradeWorkflow(
            controller,
            journal,
            new UpgradeListener() {
                @Override
                public void stageChanged(Stage from, Stage to) {
                    stages.add(to);
                }
            },
            new WorkflowSettings(Duration.ofMinutes(15), true),
            clock);

    static UpgradePlan plan() {
        return new UpgradePlan(ProfileRequest.tftp("192.0.2.5", "EWC/17_12_1"), 69, "EWC/17_12_1", NEW, "17.12.1");
    }

    Confirmer answer(boolean yes) {
        return c -> {
            asked.add(c);
            return yes;
        };
    }

    void downloadStarted() {
        downloadStarted("AP-1", "AP-2");
    }

    void downloadStarted(String... aps) {
        workflow.onPoll(Arrays.stream(aps).map(Aps::none).toList());
        assertThat(workflow.save(plan()).done()).isTrue();
        assertThat(workflow.start(answer(true)).done()).isTrue();
        controller.sent.clear();
    }

    void predownloaded() {
        downloadStarted();
        workflow.onPoll(List.of(downloading("AP-1", 50), downloading("AP-2", 10)));
        workflow.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADED);
    }

    @Test
    void activateIsRefusedUnlessPredownloadedNamingEveryApThatIsNotReadyAndSendsNothing() {
        downloadStarted("AP-1", "AP-2", "AP-3", "AP-4", "AP-5");
        workflow.onPoll(List.of(
                none("AP-1"),
                downloading("AP-2", 42),
                failed("AP-3", "Timed out"),
                Aps.ap("AP-4", "Complete", "17.9.4.27", 100, Aps.OLD, "17.9.4.27"),
                ready("AP-5")));

        Outcome o = workflow.activate(answer(true));

        assertThat(o).isInstanceOf(Outcome.Refused.class);
        Outcome.Refused r = (Outcome.Refused) o;
        assertThat(r.aps()).extracting(ApIssue::ap).containsExactly("AP-1", "AP-2", "AP-3", "AP-4");
        assertThat(r.aps())
                .extracting(i -> i.why().key())
                .containsExactly(
                        "upgrade.notReady.notStarted",
                        "upgrade.notReady.downloading",
                        "upgrade.notReady.failed",
                        "upgrade.notReady.otherVersion");
        assertThat(r.aps().get(1).why().args()).containsExactly(42);
        assertThat(r.aps().get(2).why().args()).containsExactly("Failed: Timed out");
        assertThat(r.aps().get(3).why().args()).containsExactly("17.9.4.27", NEW);
        assertThat(asked).hasSize(1); // the start's, none for the activation
        assertThat(controller.sent).isEmpty();
    }

    @Test
    void activateBeforeAnythingWasSavedIsRefused() {
        workflow.onPoll(List.of(none("AP-1")));
        Outcome o = workflow.activate(answer(true));
        assertThat(o).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) o).aps()).extracting(ApIssue::ap).containsExactly("AP-1");
        assertThat(controller.sent).isEmpty();
    }

    @Test
    void anApAlreadyRunningTheTargetWouldBeDowngradedBySwapSoActivationIsRefused() {
        predownloaded();
        workflow.onPoll(List.of(ready("AP-1"), Aps.ap("AP-2", "Complete", NEW, 100, NEW, Aps.OLD)));
        Outcome o = workflow.activate(answer(true));
        assertThat(((Outcome.Refused) o).aps()).singleElement().satisfies(i -> {
            assertThat(i.ap()).isEqualTo("AP-2");
            assertThat(i.why()).isEqualTo(Msg.of("upgrade.notReady.alreadyActive", NEW));
        });
        assertThat(controller.sent).isEmpty();
    }

    @Test
    void activationShowsTheExactLinesAndQuestionsFirstAndCancelSendsNothing() {
        predownloaded();
        Outcome o = workflow.activate(answer(false));
        assertThat(o).isInstanceOf(Outcome.Cancelled.class);
        Confirmation c = asked.getLast();
        assertThat(c.lines()).containsExactly("ap image swap", "ap image reset", "reload");
        assertThat(c.answers())
                .contains(
                        "System configuration has been modified. Save? [yes/no] → yes",
                        "Proceed with reload? [confirm] → Enter");
        assertThat(c.aps()).containsExactly("AP-1", "AP-2");
        assertThat(controller.sent).isEmpty();
        assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADED);
    }

    @Test
    void confirmedActivationSendsTheLinesInOrderAndWaitsForTheApsToRejoin() {
        predownloaded();
        assertThat(workflow.activate(answer(true))).isEqualTo(new Outcome.Done(Stage.REJOINING));
        assertThat(controller.sent).containsExactly("ap image swap", "ap image reset", "reload");
        assertThat(journal.events).contains("continue", "mark activating");
        assertThat(workflow.progress().rebooting())
                .extracting(r -> r.last().name())
                .containsExactly("AP-1", "AP-2");
    }

    @Test
    void theInstallFamilyActivatesTheControllerAndCommitsOnceEveryApIsBackOnTheTarget() {
        controller.dialect = ControllerDialect.of(Family.INSTALL);
        predownloaded();
        assertThat(workflow.activate(answer(true)).done()).isTrue();
        assertThat(asked.getLast().lines()).containsExactly("install activate", "install commit");
        assertThat(controller.sent).containsExactly("install activate");

        workflow.onPoll(List.of(ready("AP-1"), ready("AP-2"))); // taken before the reload: nobody counts as back
        assertThat(workflow.stage()).isEqualTo(Stage.REJOINING);
        workflow.onControllerAway();
        workflow.onPoll(List.of(Aps.runningNew("AP-1")));
        assertThat(workflow.progress().rebooting())
                .extracting(r -> r.last().name())
                .containsExactly("AP-2");
        workflow.onPoll(List.of(Aps.runningNew("AP-1"), Aps.runningNew("AP-2")));

        assertThat(workflow.stage()).isEqualTo(Stage.VERIFIED);
        assertThat(controller.sent).containsExactly("install activate", "install commit");
        assertThat(journal.events).contains("mark rejoined", "mark verified", "finish COMPLETED");
    }

    @Test
    void apsThatDoNotRejoinInTimeFailTheRunNamingThem() {
        predownloaded();
        workflow.activate(answer(true));
        workflow.onControllerAway();
        workflow.onPoll(List.of(Aps.runningNew("AP-1")));
        clock.advance(Duration.ofMinutes(14));
        workflow.tick();
        assertThat(workflow.stage()).isEqualTo(Stage.REJOINING);
        clock.advance(Duration.ofMinutes(2));
        workflow.tick();
        assertThat(workflow.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.diagnoses)
                .singleElement()
                .satisfies(d -> assertThat(d.args()).containsExactly("AP-2", 15L));
        assertThat(journal.events).contains("finish FAILED");
    }

    @Test
    void anApBackOnItsOldImageFailsTheRun() {
        predownloaded();
        workflow.activate(answer(true));
        workflow.onControllerAway();
        workflow.onPoll(List.of(Aps.runningNew("AP-1"), none("AP-2")));
        assertThat(workflow.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.diagnoses.getFirst().args()).containsExactly("AP-2", NEW);
    }

    @Test
    void aControllerBackOnAnotherReleaseFailsTheRun() {
        controller.release = "17.9.4a";
        predownloaded();
        workflow.activate(answer(true));
        workflow.onControllerAway();
        workflow.onPoll(List.of(Aps.runningNew("AP-1"), Aps.runningNew("AP-2")));
        assertThat(workflow.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.diagnoses.getFirst().args()).containsExactly("17.9.4a", "17.12.1");
    }

    @Test
    void startNeedsAVerifiedProfileAndShowsItsLineFirst() {
        workflow.onPoll(List.of(none("AP-1")));
        assertThat(workflow.start(answer(true))).isInstanceOf(Outcome.Refused.class);
        assertThat(workflow.save(plan()).done()).isTrue();
        assertThat(controller.sent).containsExactly("push tftp 192.0.2.5 EWC/17_12_1", "write memory");
        assertThat(workflow.start(answer(false))).isInstanceOf(Outcome.Cancelled.class);
        assertThat(asked.getFirst().lines()).containsExactly("ap image predownload");
        assertThat(controller.sent).hasSize(2);
        assertThat(workflow.start(answer(true))).isEqualTo(new Outcome.Done(Stage.PREDOWNLOADING));
        assertThat(controller.sent).last().isEqualTo("ap image predownload");
        assertThat(journal.events).containsExactly("begin 1");
    }

    @Test
    void aRefusedStartEndsTheRunFailedWithTheControllersWords() {
        workflow.onPoll(List.of(none("AP-1")));
        workflow.save(plan());
        controller.failOn = FakeController.refusal("ap image predownload");
        assertThat(workflow.start(answer(true))).isInstanceOf(Outcome.Failed.class);
        assertThat(workflow.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.events).containsExactly("begin 1", "finish FAILED");
        assertThat(journal.diagnoses.getFirst().args()).contains("% Invalid input detected at '^' marker.");
        assertThat(workflow.stepRunning()).isFalse();
    }

    @Test
    void abortIsOnlyForADownloadInProgressAndEndsTheRunAborted() {
        assertThat(workflow.abort(answer(true))).isInstanceOf(Outcome.Refused.class);
        downloadStarted();
        assertThat(workflow.abort(answer(false))).isInstanceOf(Outcome.Cancelled.class);
        assertThat(controller.sent).isEmpty();
        assertThat(workflow.abort(answer(true))).isEqualTo(new Outcome.Done(Stage.ABORTED));
        assertThat(controller.sent).containsExactly("ap image predownload abort");
        assertThat(journal.events).endsWith("finish ABORTED");
    }

    @Test
    void quittingMidRunLeavesItInterruptedAndResumable() {
        assertThat(workflow.interrupt()).isFalse();
        downloadStarted();
        assertThat(workflow.interrupt()).isTrue();
        assertThat(workflow.stage()).isEqualTo(Stage.INTERRUPTED);
        assertThat(journal.events).endsWith("finish INTERRUPTED");
        assertThat(workflow.resume(7, plan())).isEqualTo(new Outcome.Done(Stage.PREDOWNLOADING));
        assertThat(journal.events).endsWith("resume 7");
        // it may have finished while nobody watched: the first settled poll closes it
        workflow.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADED);
        assertThat(journal.events).endsWith("finish COMPLETED");
    }

    @Test
    void theProbedDialectIsKeptPerControllerAtConnect() {
        controller.dialect = ControllerDialect.of(Family.INSTALL);
        workflow.describeDialect();
        assertThat(journal.events).containsExactly("dialect install");
    }

    @Test
    void aControllerThatKnowsNoStartFormRefusesNamingWhatWasTriedAndSendsNothing() {
        controller.dialect = new ControllerDialect(
                Optional.empty(),
                Map.of(),
                Map.of(UpgradeAction.START, List.of("install add profile default", "ap image predownload")),
                null);
        workflow.save(plan());
        Outcome o = workflow.start(answer(true));
        assertThat(o).isInstanceOf(Outcome.Refused.class);
        Msg why = ((Outcome.Refused) o).reason();
        assertThat(why.key()).isEqualTo("dialect.unavailable");
        assertThat(why.args().get(1)).isEqualTo("install add profile default / ap image predownload");
        assertThat(asked).isEmpty();
        assertThat(controller.sent).containsExactly("push tftp 192.0.2.5 EWC/17_12_1", "write memory");
    }

    @Test
    void aControllerWhoseApsArePreDownloadedAlreadyCanBeActivatedAfterARestart() {
        workflow.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADED);
        assertThat(workflow.activate(answer(true)).done()).isTrue();
    }

    @Test
    void theLastRunsCompleteRightAfterAStartIsNotTakenForThisOne() {
        workflow.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADED); // as found: yesterday's download
        workflow.save(plan());
        workflow.start(answer(true));
        workflow.onPoll(List.of(ready("AP-1"), ready("AP-2"))); // the first poll after the start: stale
        assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADING);
        workflow.onPoll(List.of(failed("AP-1", "No such file or directory"), ready("AP-2")));
        assertThat(workflow.stage()).isEqualTo(Stage.FAILED);
    }

    @Test
    void aDownloadTooSmallToBeSeenMovingCountsAsDoneAfterTheGracePolls() {
        downloadStarted();
        for (int i = 0; i <= RunObserver.GRACE_POLLS; i++) {
            assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADING);
            workflow.onPoll(List.of(ready("AP-1"), ready("AP-2")));
        }
        assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADED);
    }

    @Test
    void anAbortFromAnotherWindowEndsTheRunAbortedNotFailed() {
        downloadStarted();
        workflow.onPoll(List.of(downloading("AP-1", 30), downloading("AP-2", 30)));
        workflow.onPoll(List.of(
                Aps.ap("AP-1", "Aborted", NEW, null, Aps.OLD, Aps.OLD),
                Aps.ap("AP-2", "Aborted", NEW, null, Aps.OLD, Aps.OLD)));
        assertThat(workflow.stage()).isEqualTo(Stage.ABORTED);
        assertThat(journal.events).endsWith("finish ABORTED");
    }

    @Test
    void aDownloadInWhichAnApFailedEndsFailedOnceEveryApSettled() {
        downloadStarted();
        workflow.onPoll(List.of(ready("AP-1"), downloading("AP-2", 50)));
        assertThat(workflow.stage()).isEqualTo(Stage.PREDOWNLOADING);
        assertThat(workflow.progress().percent()).isEqualTo(75);
        workflow.onPoll(List.of(ready("AP-1"), failed("AP-2", "No such file or directory")));
        assertThat(workflow.stage()).isEqualTo(Stage.FAILED);
        assertThat(journal.events).endsWith("finish FAILED");
    }

    @Test
    void aPushThatDoesNotVerifyFailsAndLeavesNothingBusy() {
        controller.pushMismatch = true;
        assertThat(workflow.save(plan())).isInstanceOf(Outcome.Failed.class);
        assertThat(workflow.stage()).isEqualTo(Stage.READY);
        assertThat(workflow.stepRunning()).isFalse();
    }

    @Test
    void aPathTheControllerCannotTakeFailsWithAClearMessageAndLeavesNothingBusy() {
        UpgradePlan spaced = new UpgradePlan(ProfileRequest.tftp("192.0.2.5", "EWC folder/17"), 69, null, NEW, null);
        Outcome o = workflow.save(spaced);
        assertThat(o).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed) o).reason().key()).isEqualTo("ewc.profile.invalidField");
        assertThat(controller.sent).isEmpty();
        assertThat(workflow.stepRunning()).isFalse();
    }

    @Test
    void stagesMoveInTheDocumentedOrder() {
        predownloaded();
        workflow.activate(answer(true));
        assertThat(stages)
                .containsExactly(
                        Stage.PROFILE_SAVED,
                        Stage.PREDOWNLOADING,
                        Stage.PREDOWNLOADED,
                        Stage.ACTIVATING,
                        Stage.REJOINING);
    }
}
