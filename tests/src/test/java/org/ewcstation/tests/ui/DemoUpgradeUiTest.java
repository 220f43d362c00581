package org.ewcstation.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.app.gui.MainWindow;
import org.ewcstation.i18n.Language;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.history.ApOutcome;
import org.ewcstation.services.history.RunDetail;
import org.ewcstation.services.history.RunInfo;
import org.ewcstation.services.history.RunRecorder;
import org.ewcstation.services.history.RunReport;
import org.ewcstation.services.history.RunReportPdf;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.TimelineEntry;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.network.VirtualAp;
import org.ewcstation.views.aptable.ApItem;
import org.ewcstation.views.aptable.ApRow;
import org.ewcstation.views.transfers.TransferRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole product through its UI, headless: the demo controller (simulator over real SSH) with its APs,
 * our real TFTP server, Save &amp; Download clicked like a technician would, until every AP shows Complete;
 * then a wrong path and a refused command, each showing its message.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DemoUpgradeUiTest {

    static final int APS = 6;
    static AppContext context;
    static DemoMode demo;
    MainWindow window;
    DemoUi ui;

    @BeforeAll
    static void startDemo() throws Exception {
        Path dir = Files.createTempDirectory("ewc-demo-ui");
        context = AppContext.start(new GlobalOptions(dir, false));
        context.settings().put("ui.language", "en");
        demo = DemoMode.start(context, APS, 256 * 1024, 8L * 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        // The headless screen is 1000 px wide: keep every button on it.
        window = DemoUi.open(context, stage, 1000, 760);
        DemoUi.connect(window, demo);
    }

    @Test
    void fullUpgradeThroughTheUiThenAWrongPathAndARefusedCommand(FxRobot robot) throws Exception {
        ui = new DemoUi(robot, window);
        TableView<ApItem> aps = robot.lookup("#apTable").queryTableView();
        await().atMost(Duration.ofSeconds(60)).until(() -> aps.getItems().size() == APS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "EWC/17_12_1"
                        .equals(ui.fx(
                                () -> window.model().upgrade().pathProperty().get())));
        assertThat(aps.getItems()).extracting(i -> i.row().model()).contains("C9120AXI-B", "C9105AXI-B");
        assertThat(ui.fx(() -> aps.getItems().stream().map(ApItem::row).toList()))
                .allSatisfy(r -> assertThat(r.ethernetMac()).matches("[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}"));
        ui.save("demo-connected-en");
        activateBeforeAnyDownloadIsRefusedNamingTheAps(robot);
        preflight(robot);

        robot.clickOn("#upgradeDownload");
        // the demo rehearses a correct setup: no red item, so no gate before the commands
        assertThat(ui.confirmationLines()).isEqualTo("install add profile default");
        assertThat(robot.lookup("#preflightStartAnyway").tryQuery()).isEmpty();
        ui.send();
        await().atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(ui.fx(
                                () -> aps.getItems().stream().map(ApItem::row).toList()))
                        .hasSize(APS)
                        .allSatisfy(r -> assertThat(r.predownloadStatus()).containsIgnoringCase("complete")));
        assertThat(ui.fx(() -> window.model().apTable().completeProperty().get()))
                .isEqualTo(APS);
        List<TransferRow> transfers =
                ui.fx(() -> List.copyOf(window.model().transfers().rows()));
        assertThat(transfers)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.result()).isEqualTo("COMPLETED"));
        assertThat(transfers)
                .extracting(TransferRow::file)
                .allSatisfy(f -> assertThat(f).startsWith("EWC/17_12_1/"));
        assertThat(ui.logText()).contains("Profile read back and verified", "Pre-download started");
        await().atMost(Duration.ofSeconds(30)).until(() -> ui.stage().equals("PREDOWNLOADED"));
        assertThat(ui.logText()).contains("holds 17.12.1.5: ready to activate");
        assertThat(ui.fx(() -> robot.lookup("#upgradeActivate").queryButton().isDisabled()))
                .isFalse();
        ui.save("demo-complete-en");
        reportOfTheFirstRun(robot);
        robot.interact(() -> window.model().languageProperty().set(Language.JAPANESE));
        ui.save("demo-complete-ja");
        robot.interact(() -> window.model().languageProperty().set(Language.ENGLISH));

        runViewOfTheFirstRun(robot);
        resumeAnInterruptedRun(robot);
        activateThenEveryApAndTheControllerComeBackVerified(robot, aps);
        wrongPathThenARefusedCommand(robot);
    }

    /** Before anything was pre-downloaded, Activate is disabled, and forcing it (the shortcut) is refused. */
    private void activateBeforeAnyDownloadIsRefusedNamingTheAps(FxRobot robot) {
        assertThat(ui.fx(() -> robot.lookup("#upgradeActivate").queryButton().isDisabled()))
                .isTrue();
        robot.clickOn("#apTable");
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> robot.lookup("#refusedAps").tryQuery().isPresent());
        String refused =
                ui.fx(() -> robot.lookup("#refusedAps").queryAs(TextArea.class).getText());
        for (VirtualAp.Snapshot ap : demo.simulator().aps()) {
            assertThat(refused).contains(ap.name() + ": pre-download not started");
        }
        ui.save("demo-activate-refused-en");
        robot.interact(
                () -> ((Stage) robot.lookup("#refusedAps").query().getScene().getWindow()).close());
        // nothing reached the controller: every AP still boots its old image
        assertThat(demo.simulator().aps())
                .allSatisfy(a -> assertThat(a.primary()).isEqualTo("17.9.4.27"));
        assertThat(demo.simulator().logLines()).noneMatch(l -> l.contains("install activate"));
    }

    /**
     * Preflight: the demo rehearses a correct setup, so every item is green: the lab controller runs on this computer
     * (loopback is right for it) and says which TFTP port its APs ask on, where our server listens.
     */
    private void preflight(FxRobot robot) {
        robot.clickOn("#upgradePreflight");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup("#preflightChecks").tryQuery().isPresent());
        String checks = ui.fx(() -> robot.lookup("#preflightChecks").queryAll().stream()
                .findFirst()
                .map(n -> ((Parent) n)
                        .getChildrenUnmodifiable().stream()
                                .map(c -> c instanceof Labeled l ? l.getText() : "")
                                .reduce("", (a, b) -> a + "\n" + b))
                .orElse(""));
        assertThat(checks).doesNotContain("✖", "!").contains("✔");
        ui.save("demo-preflight-en");
        robot.clickOn("Close");
    }

    /** The customer report of that run: HTML and two CSV files, from the stored history. */
    private void reportOfTheFirstRun(FxRobot robot) throws IOException {
        Path report = Files.createTempDirectory("ewc-report").resolve("run.html");
        int written = ui.fx(() -> window.model().history().write(1, report));
        assertThat(written).isEqualTo(RunReportPdf.font(System.getenv()).isPresent() ? 4 : 3);
        assertThat(Files.readString(report))
                .contains("AP-9105-LOBBY", "17.12.1.5")
                .doesNotContain("<script");
        assertThat(Files.readString(report.resolveSibling("run-aps.csv"))).contains("AP-9105-LOBBY");
    }

    /**
     * Activate once every AP holds the image: the exact lines first (the install flow, then its commit), then the
     * controller reloads, every AP is shown rebooting until it rejoins, and the run ends verified on the new images.
     */
    private void activateThenEveryApAndTheControllerComeBackVerified(FxRobot robot, TableView<ApItem> aps) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ui.stage().equals("PREDOWNLOADED"));
        robot.interact(() -> robot.lookup("#upgradeActivate").queryButton().fire());
        assertThat(ui.confirmationLines()).isEqualTo("install activate\ninstall commit");
        assertThat(ui.confirmationAnswers())
                .contains("Do you want to proceed? [y/n] → y", "Save? [yes/no] → yes", "[confirm] → Enter");
        ui.saveWindow((Stage) robot.lookup("#confirmLines").query().getScene().getWindow(), "demo-activate-confirm-en");
        ui.send();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        ui.fx(() -> aps.getItems().stream().map(ApItem::row).anyMatch(ApRow::away)));
        ui.save("demo-rejoining-en");
        await().atMost(Duration.ofSeconds(120)).until(() -> ui.stage().equals("VERIFIED"));
        assertThat(ui.fx(() -> aps.getItems().stream().map(ApItem::row).toList()))
                .hasSize(APS)
                .allSatisfy(r -> assertThat(r.primaryImage()).isEqualTo("17.12.1.5"))
                .noneMatch(ApRow::away);
        assertThat(ui.logText()).contains("Sent: install activate", "Sent: install commit", "Upgrade verified");
        UpgradeHistory history = new UpgradeHistory(context.store(), Clock.systemUTC());
        String endpoint = ui.fx(
                () -> window.model().controllers().selectedProperty().get().endpoint());
        RunSummary run = history.latestFor(endpoint).orElseThrow();
        assertThat(run.state()).isEqualTo(RunState.COMPLETED);
        assertThat(history.report(run.id()).orElseThrow().marks())
                .extracting(RunReport.RunMark::kind)
                .containsSubsequence("activating", "rejoined", "verified", "finished");
        // the controller list shows the release it came back on, not the one it was connected on
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ui.fx(() -> window.model()
                                .controllers()
                                .selectedProperty()
                                .get()
                                .version())
                        .startsWith("17.12"));
        assertThat(history.dialects().find(endpoint).orElseThrow().family()).isEqualTo("install");
        ui.save("demo-verified-en");
    }

    /** A wrong path (the diagnosis finds the nearest served file), then a start the controller refuses. */
    private void wrongPathThenARefusedCommand(FxRobot robot) {
        robot.interact(() -> window.model().upgrade().pathProperty().set("Wrong-Path"));
        robot.clickOn("#upgradeDownload");
        ui.startAnyway();
        ui.confirmationLines();
        ui.send();
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(ui.logText())
                        .contains(
                                "Wrong-Path/",
                                "not in the served folder",
                                "Wrong image path: the controller asked for",
                                "EWC/17_12_1/"));
        // One run at a time: the wrong-path run is stopped with Abort (its line shown first) unless it failed already.
        // Abort is enabled only while the run pre-downloads and no step is busy, and the run may fail on its own at
        // any moment: check and fire in one FX turn, then answer the confirmation if it comes, until the run ended.
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        ui.fx(() -> !robot.lookup("#upgradeAbort").queryButton().isDisabled())
                                || List.of("ABORTED", "FAILED").contains(ui.stage()));
        ui.fx(() -> {
            Button abort = robot.lookup("#upgradeAbort").queryButton();
            if (!abort.isDisabled()) {
                abort.fire();
            }
            return null;
        });
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (robot.lookup("#confirmLines").tryQuery().isPresent()) {
                        assertThat(ui.confirmationLines()).isEqualTo("install abort");
                        ui.send();
                    }
                    return List.of("ABORTED", "FAILED").contains(ui.stage());
                });
        // the abort refused because the run failed in between leaves its dialog: close it
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup(".dialog-pane")
                .tryQuery()
                .ifPresent(n -> robot.interact(() -> ((Stage) n.getScene().getWindow()).close()));

        robot.interact(() -> window.model().upgrade().pathProperty().set("EWC/17_12_1"));
        demo.simulator().faults().inject(Fault.of(Fault.Kind.REFUSE));
        // Fired rather than clicked: the wrong-path notifications may still cover the window's corner.
        robot.interact(() -> robot.lookup("#upgradeDownload").queryButton().fire());
        // the path is right again: a green preflight, no gate before the commands
        ui.confirmationLines();
        ui.send();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup(".dialog-pane .content")
                        .tryQuery()
                        .filter(n -> n instanceof Labeled)
                        .isPresent());
        String dialog =
                robot.lookup(".dialog-pane .content").queryAs(Labeled.class).getText();
        assertThat(dialog).containsIgnoringCase("install add profile default");
        ui.save("demo-refused-en");
        robot.clickOn("Close");
        assertThat(ui.fx(() -> robot.lookup("#upgradeDownload").queryButton().isDisabled()))
                .isFalse();
    }

    /** The History tab opens the run's own window: every AP downloaded, and the whole timeline. */
    private void runViewOfTheFirstRun(FxRobot robot) {
        robot.interact(() -> robot.lookup("#bottomTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(2));
        TableView<RunSummary> runs = robot.lookup("#historyTable").queryTableView();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ui.fx(() -> !runs.getItems().isEmpty()));
        robot.interact(() -> runs.getSelectionModel()
                .select(runs.getItems().stream()
                        .filter(r -> r.id() == 1)
                        .findFirst()
                        .orElseThrow()));
        ui.save("demo-history-en");
        robot.interact(() -> robot.lookup("#historyOpen").queryButton().fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> robot.lookup("#runAps").tryQuery().isPresent());
        TableView<RunDetail.ApResult> aps = robot.lookup("#runAps").queryTableView();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ui.fx(() -> List.copyOf(aps.getItems())))
                        .hasSize(APS)
                        .allSatisfy(a -> assertThat(a.outcome()).isEqualTo(ApOutcome.DOWNLOADED)));
        TableView<TimelineEntry> timeline = robot.lookup("#runTimeline").queryTableView();
        List<TimelineEntry> entries = ui.fx(() -> List.copyOf(timeline.getItems()));
        assertThat(entries)
                .extracting(TimelineEntry::kind)
                .contains(TimelineEntry.Kind.RUN, TimelineEntry.Kind.STATUS, TimelineEntry.Kind.TRANSFER);
        assertThat(entries.getLast().what().key()).isEqualTo("history.timeline.finished");
        assertThat(ui.fx(() -> robot.lookup("#runDownloaded").queryLabeled().getText()))
                .isEqualTo("Downloaded " + APS);
        assertThat(ui.fx(() -> robot.lookup("#runResume").queryButton().isDisabled()))
                .isTrue();
        // narrowed to one AP: its own status changes only
        robot.interact(() -> {
            aps.getSelectionModel().select(0);
            robot.lookup("#runThisAp").queryAs(CheckBox.class).setSelected(true);
        });
        String first = ui.fx(() -> aps.getItems().getFirst().name());
        assertThat(ui.fx(() -> List.copyOf(timeline.getItems())))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.concerns(first)).isTrue());
        robot.interact(() -> robot.lookup("#runThisAp").queryAs(CheckBox.class).setSelected(false));
        ui.saveWindow((Stage) aps.getScene().getWindow(), "run-view-en");
        robot.interact(() -> window.model().languageProperty().set(Language.JAPANESE));
        assertThat(ui.fx(() -> robot.lookup("#runDownloaded").queryLabeled().getText()))
                .isEqualTo("ダウンロード完了 " + APS);
        ui.saveWindow((Stage) aps.getScene().getWindow(), "run-view-ja");
        robot.interact(() -> window.model().languageProperty().set(Language.ENGLISH));
        robot.interact(() -> robot.lookup("#runClose").queryButton().fire());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> robot.lookup("#runAps").tryQuery().isEmpty());
    }

    /**
     * A run the app was killed during (written as a dead process leaves it): Resume watching takes it over on the
     * connected controller, whose next poll finds every AP settled and closes the run as completed.
     */
    private void resumeAnInterruptedRun(FxRobot robot) {
        String endpoint = ui.fx(
                () -> window.model().controllers().selectedProperty().get().endpoint());
        UpgradeHistory history = new UpgradeHistory(context.store(), Clock.systemUTC());
        RunRecorder crashed =
                history.start(new RunInfo(endpoint, "17.9.4a", "EWC/17_12_1", "17.12.1.5", Protocol.TFTP, "127.0.0.1"));
        crashed.apStatus(
                new ApObservation("AP-9105-LOBBY", "C9105AXI-B", "Predownloading", 0, Instant.now()), "17.12.1.5");
        context.store()
                .withConnection(c -> c.createStatement()
                        .executeUpdate("UPDATE upgrade_run SET owner_pid = -1 WHERE id = " + crashed.runId()));
        assertThat(history.markInterrupted()).extracting(RunSummary::id).containsExactly(crashed.runId());

        TableView<RunSummary> runs = robot.lookup("#historyTable").queryTableView();
        robot.interact(() -> window.model().history().refresh());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ui.fx(() -> runs.getItems().stream()
                        .anyMatch(r -> r.id() == crashed.runId() && r.state() == RunState.INTERRUPTED)));
        robot.interact(() -> runs.getSelectionModel()
                .select(runs.getItems().stream()
                        .filter(r -> r.id() == crashed.runId())
                        .findFirst()
                        .orElseThrow()));
        assertThat(ui.fx(() -> robot.lookup("#historyResume").queryButton().isDisabled()))
                .isFalse();
        robot.interact(() -> robot.lookup("#historyResume").queryButton().fire());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> history.run(crashed.runId()).orElseThrow().state() == RunState.COMPLETED);
        assertThat(ui.logText()).contains("Watching upgrade run " + crashed.runId() + " again");
        RunReport report = history.report(crashed.runId()).orElseThrow();
        assertThat(report.marks())
                .extracting(RunReport.RunMark::kind)
                .containsExactly("interrupted", "resumed", "finished");
        assertThat(report.statusChanges())
                .extracting(RunReport.StatusChange::status)
                .contains("Predownloading", "Complete");
    }
}
