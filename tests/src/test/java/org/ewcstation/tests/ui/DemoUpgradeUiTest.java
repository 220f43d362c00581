package org.ewcstation.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.app.gui.GuiLauncher;
import org.ewcstation.app.gui.MainWindow;
import org.ewcstation.i18n.Language;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.history.ApOutcome;
import org.ewcstation.services.history.RunDetail;
import org.ewcstation.services.history.RunInfo;
import org.ewcstation.services.history.RunRecorder;
import org.ewcstation.services.history.RunReport;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.TimelineEntry;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.simulator.Fault;
import org.ewcstation.views.aptable.ApRow;
import org.ewcstation.views.eventlog.LogEntry;
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
        window = new MainWindow(context, stage);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        // The headless screen is 1000 px wide: keep every button on it.
        stage.setWidth(1000);
        stage.setHeight(760);
        window.model().controllers().connect(GuiLauncher.demoEntry(demo.controller()));
    }

    @Test
    void fullUpgradeThroughTheUiThenAWrongPathAndARefusedCommand(FxRobot robot) throws Exception {
        TableView<ApRow> aps = robot.lookup("#apTable").queryTableView();
        await().atMost(Duration.ofSeconds(60)).until(() -> aps.getItems().size() == APS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "EWC/17_12_1"
                        .equals(fx(
                                robot,
                                () -> window.model().upgrade().pathProperty().get())));
        assertThat(aps.getItems()).extracting(ApRow::model).contains("C9120AXI-B", "C9105AXI-B");
        assertThat(fx(robot, () -> List.copyOf(aps.getItems())))
                .allSatisfy(r -> assertThat(r.ethernetMac()).matches("[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}"));
        save(robot, "demo-connected-en");

        // Preflight: the demo serves TFTP on a high port, which a real EWC cannot use (it always asks port 69).
        robot.clickOn("#upgradePreflight");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup("#preflightChecks").tryQuery().isPresent());
        String checks = fx(
                robot,
                () -> robot.lookup("#preflightChecks").queryAll().stream()
                        .findFirst()
                        .map(n -> ((Parent) n)
                                .getChildrenUnmodifiable().stream()
                                        .map(c -> c instanceof Labeled l ? l.getText() : "")
                                        .reduce("", (a, b) -> a + "\n" + b))
                        .orElse(""));
        assertThat(checks).contains("69");
        save(robot, "demo-preflight-en");
        robot.clickOn("Close");

        robot.clickOn("#upgradeDownload");
        // the same red port item stops the download at the gate until the technician chooses to start anyway
        startAnyway(robot);
        await().atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(fx(robot, () -> List.copyOf(aps.getItems())))
                        .hasSize(APS)
                        .allSatisfy(r -> assertThat(r.predownloadStatus()).containsIgnoringCase("complete")));
        assertThat(fx(robot, () -> window.model().apTable().completeProperty().get()))
                .isEqualTo(APS);
        List<TransferRow> transfers =
                fx(robot, () -> List.copyOf(window.model().transfers().rows()));
        assertThat(transfers)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.result()).isEqualTo("COMPLETED"));
        assertThat(transfers)
                .extracting(TransferRow::file)
                .allSatisfy(f -> assertThat(f).startsWith("EWC/17_12_1/"));
        assertThat(logText(robot)).contains("Profile read back and verified", "Pre-download started");
        save(robot, "demo-complete-en");
        // The customer report of that run: HTML and two CSV files, from the stored history.
        Path report = Files.createTempDirectory("ewc-report").resolve("run.html");
        await().atMost(Duration.ofSeconds(30)).until(() -> logText(robot).contains("finished: every access point"));
        int written = fx(robot, () -> window.model().history().write(1, report));
        assertThat(written).isEqualTo(3);
        assertThat(Files.readString(report))
                .contains("AP-9105-LOBBY", "17.12.1.5")
                .doesNotContain("<script");
        assertThat(Files.readString(report.resolveSibling("run-aps.csv"))).contains("AP-9105-LOBBY");
        robot.interact(() -> window.model().languageProperty().set(Language.JAPANESE));
        save(robot, "demo-complete-ja");
        robot.interact(() -> window.model().languageProperty().set(Language.ENGLISH));

        runViewOfTheFirstRun(robot);
        resumeAnInterruptedRun(robot);

        // A wrong path: the controller asks our TFTP server for a file it does not have.
        robot.interact(() -> window.model().upgrade().pathProperty().set("Wrong-Path"));
        robot.clickOn("#upgradeDownload");
        startAnyway(robot);
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(logText(robot))
                        .contains(
                                "Wrong-Path/",
                                "not in the served folder",
                                "Wrong image path: the controller asked for",
                                "EWC/17_12_1/"));
        // The first run is in the history as completed; the wrong-path run records its diagnosis.
        assertThat(logText(robot)).contains("finished: every access point has its image");
        try (var c =
                DriverManager.getConnection("jdbc:sqlite:" + context.store().file())) {
            // a second connection to the real file: what a crash would leave behind is already there
            var rs = c.createStatement().executeQuery("SELECT count(*) FROM upgrade_run");
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
        }

        // A refused command: this controller release answers the pre-download command with an error.
        robot.interact(() -> window.model().upgrade().pathProperty().set("EWC/17_12_1"));
        demo.simulator().faults().inject(Fault.of(Fault.Kind.REFUSE));
        // Fired rather than clicked: the wrong-path notifications may still cover the window's corner.
        robot.interact(() -> robot.lookup("#upgradeDownload").queryButton().fire());
        startAnyway(robot);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup(".dialog-pane .content")
                        .tryQuery()
                        .filter(n -> n instanceof Labeled)
                        .isPresent());
        String dialog =
                robot.lookup(".dialog-pane .content").queryAs(Labeled.class).getText();
        assertThat(dialog).containsIgnoringCase("ap image predownload");
        save(robot, "demo-refused-en");
        robot.clickOn("Close");

        // Activate: after the confirmation naming the APs, swap + reload, and the completed run is marked as live.
        // not through interact(): the confirmation waits for an answer inside the button's handler
        Platform.runLater(() -> robot.lookup("#upgradeActivate").queryButton().fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> activateQuestion(robot).isPresent());
        robot.interact(() -> ((Button) activateQuestion(robot).orElseThrow().lookupButton(ButtonType.OK)).fire());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(logText(robot))
                        .contains("access points are reloading", "Activation recorded in upgrade run"));
        UpgradeHistory history = new UpgradeHistory(context.store(), Clock.systemUTC());
        String endpoint = fx(
                robot,
                () -> window.model().controllers().selectedProperty().get().endpoint());
        RunSummary live =
                history.latestFor(endpoint, EnumSet.of(RunState.COMPLETED)).orElseThrow();
        assertThat(history.report(live.id()).orElseThrow().marks())
                .extracting(RunReport.RunMark::kind)
                .endsWith("activated");
    }

    /** The History tab opens the run's own window: every AP downloaded, and the whole timeline. */
    private void runViewOfTheFirstRun(FxRobot robot) {
        robot.interact(() -> robot.lookup("#bottomTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(2));
        TableView<RunSummary> runs = robot.lookup("#historyTable").queryTableView();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fx(robot, () -> !runs.getItems().isEmpty()));
        robot.interact(() -> runs.getSelectionModel()
                .select(runs.getItems().stream()
                        .filter(r -> r.id() == 1)
                        .findFirst()
                        .orElseThrow()));
        save(robot, "demo-history-en");
        robot.interact(() -> robot.lookup("#historyOpen").queryButton().fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> robot.lookup("#runAps").tryQuery().isPresent());
        TableView<RunDetail.ApResult> aps = robot.lookup("#runAps").queryTableView();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(fx(robot, () -> List.copyOf(aps.getItems())))
                        .hasSize(APS)
                        .allSatisfy(a -> assertThat(a.outcome()).isEqualTo(ApOutcome.DOWNLOADED)));
        TableView<TimelineEntry> timeline = robot.lookup("#runTimeline").queryTableView();
        List<TimelineEntry> entries = fx(robot, () -> List.copyOf(timeline.getItems()));
        assertThat(entries)
                .extracting(TimelineEntry::kind)
                .contains(TimelineEntry.Kind.RUN, TimelineEntry.Kind.STATUS, TimelineEntry.Kind.TRANSFER);
        assertThat(entries.getLast().what().key()).isEqualTo("history.timeline.finished");
        assertThat(fx(robot, () -> robot.lookup("#runDownloaded").queryLabeled().getText()))
                .isEqualTo("Downloaded " + APS);
        assertThat(fx(robot, () -> robot.lookup("#runResume").queryButton().isDisabled()))
                .isTrue();
        // narrowed to one AP: its own status changes only
        robot.interact(() -> {
            aps.getSelectionModel().select(0);
            robot.lookup("#runThisAp").queryAs(CheckBox.class).setSelected(true);
        });
        String first = fx(robot, () -> aps.getItems().getFirst().name());
        assertThat(fx(robot, () -> List.copyOf(timeline.getItems())))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.concerns(first)).isTrue());
        robot.interact(() -> robot.lookup("#runThisAp").queryAs(CheckBox.class).setSelected(false));
        saveWindow(robot, (Stage) aps.getScene().getWindow(), "run-view-en");
        robot.interact(() -> window.model().languageProperty().set(Language.JAPANESE));
        assertThat(fx(robot, () -> robot.lookup("#runDownloaded").queryLabeled().getText()))
                .isEqualTo("ダウンロード完了 " + APS);
        saveWindow(robot, (Stage) aps.getScene().getWindow(), "run-view-ja");
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
        String endpoint = fx(
                robot,
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
                .until(() -> fx(
                        robot,
                        () -> runs.getItems().stream()
                                .anyMatch(r -> r.id() == crashed.runId() && r.state() == RunState.INTERRUPTED)));
        robot.interact(() -> runs.getSelectionModel()
                .select(runs.getItems().stream()
                        .filter(r -> r.id() == crashed.runId())
                        .findFirst()
                        .orElseThrow()));
        assertThat(fx(robot, () -> robot.lookup("#historyResume").queryButton().isDisabled()))
                .isFalse();
        robot.interact(() -> robot.lookup("#historyResume").queryButton().fire());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> history.run(crashed.runId()).orElseThrow().state() == RunState.COMPLETED);
        assertThat(logText(robot)).contains("Watching upgrade run " + crashed.runId() + " again");
        RunReport report = history.report(crashed.runId()).orElseThrow();
        assertThat(report.marks())
                .extracting(RunReport.RunMark::kind)
                .containsExactly("interrupted", "resumed", "finished");
        assertThat(report.statusChanges())
                .extracting(RunReport.StatusChange::status)
                .contains("Predownloading", "Complete");
    }

    private void saveWindow(FxRobot robot, Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Path dir = Files.createDirectories(Path.of("target", "screenshots"));
                ImageIO.write(
                        SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null),
                        "png",
                        dir.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Optional<DialogPane> activateQuestion(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().contains("reload " + APS))
                .findFirst();
    }

    /** The preflight gate: its checklist names the red item, and "Start anyway" goes on. */
    private void startAnyway(FxRobot robot) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup("#preflightStartAnyway").tryQuery().isPresent());
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(logText(robot)).contains("red item"));
        if (!Files.exists(Path.of("target", "screenshots", "demo-gate-en.png"))) {
            saveWindow(
                    robot,
                    (Stage) robot.lookup("#preflightStartAnyway")
                            .queryButton()
                            .getScene()
                            .getWindow(),
                    "demo-gate-en");
        }
        robot.interact(() -> robot.lookup("#preflightStartAnyway").queryButton().fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> robot.lookup("#preflightStartAnyway").tryQuery().isEmpty());
    }

    private String logText(FxRobot robot) {
        return fx(robot, () -> {
            StringBuilder sb = new StringBuilder();
            var log = window.model().eventLog();
            for (LogEntry e : log.visibleEntries()) {
                sb.append(log.render(e)).append('\n');
            }
            return sb.toString();
        });
    }

    private static <T> T fx(FxRobot robot, Supplier<T> s) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(s.get()));
        return out.get();
    }

    private void save(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            // The picture at a laptop's usual size; the headless screen keeps the live window at 1000 px.
            Stage stage = window.stage();
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Path dir = Files.createDirectories(Path.of("target", "screenshots"));
                ImageIO.write(
                        SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null),
                        "png",
                        dir.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            window.stage().setWidth(1000);
            window.stage().setHeight(760);
        });
    }
}
