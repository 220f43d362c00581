package org.ewcstation.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.app.gui.MainWindow;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.history.RunInfo;
import org.ewcstation.services.history.RunRecorder;
import org.ewcstation.services.history.RunReport;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.UpgradeHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * After a crash mid-upgrade: the run its dead process left RUNNING in the real SQLite file is marked interrupted
 * when the window opens, and once its controller answers the app asks whether to go on watching; yes takes it over.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ResumeAfterCrashUiTest {

    static AppContext context;
    static DemoMode demo;
    static long crashedRun;
    MainWindow window;

    @BeforeAll
    static void aRunLeftByADeadProcess() throws Exception {
        Path dir = Files.createTempDirectory("ewc-crash-ui");
        context = AppContext.start(new GlobalOptions(dir, false));
        context.settings().put("ui.language", "en");
        demo = DemoMode.start(context, 2, 64 * 1024, 8L * 1024 * 1024);
        String endpoint = demo.controller().host() + ":" + demo.controller().port();
        RunRecorder r = new UpgradeHistory(context.store(), Clock.systemUTC())
                .start(new RunInfo(endpoint, "17.9.4a", "EWC/17_12_1", "17.12.1.5", Protocol.TFTP, "127.0.0.1"));
        r.apStatus(new ApObservation("AP-9120-EWC", "C9120AXI-B", "Predownloading", 0, Instant.now()), "17.12.1.5");
        // what kill -9 leaves: RUNNING, owned by a process that no longer exists
        context.store().withConnection(c -> c.createStatement().executeUpdate("UPDATE upgrade_run SET owner_pid = -1"));
        crashedRun = r.runId();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        window = DemoUi.open(context, stage, 1000, 760);
    }

    @Test
    void theControllerAnsweringAgainOffersToResumeAndYesTakesTheRunOver(FxRobot robot) {
        UpgradeHistory history = new UpgradeHistory(context.store(), Clock.systemUTC());
        assertThat(history.run(crashedRun).orElseThrow().state()).isEqualTo(RunState.INTERRUPTED);

        robot.interact(() -> DemoUi.connect(window, demo));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup(".dialog-pane")
                        .tryQuery()
                        .map(n -> ((DialogPane) n).getContentText())
                        .filter(t -> t.contains("Resume watching it now?"))
                        .isPresent());
        String text = ((DialogPane) robot.lookup(".dialog-pane").query()).getContentText();
        assertThat(text).contains("Upgrade run " + crashedRun);
        robot.interact(() ->
                ((Button) ((DialogPane) robot.lookup(".dialog-pane").query()).lookupButton(ButtonType.OK)).fire());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> history.run(crashedRun).orElseThrow().state() != RunState.INTERRUPTED);
        RunReport report = history.report(crashedRun).orElseThrow();
        assertThat(report.marks()).extracting(RunReport.RunMark::kind).startsWith("interrupted", "resumed");
        // the controller never started this pre-download, so nothing settles it: it is being watched again
        assertThat(report.run().state()).isEqualTo(RunState.RUNNING);
    }
}
