package org.ewcstation.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.app.gui.MainWindow;
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
 * The guards around a run, through the window: a path the controller cannot take ends the busy state with a clear
 * error; quitting while the APs download asks first (Cancel keeps everything running), and quitting anyway leaves the
 * run Interrupted in the history, resumable. The demo's AP links are slow so the download lasts.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UpgradeSafetyUiTest {

    static AppContext context;
    static DemoMode demo;
    MainWindow window;
    DemoUi ui;

    @BeforeAll
    static void startDemo() throws Exception {
        Path dir = Files.createTempDirectory("ewc-safety-ui");
        context = AppContext.start(new GlobalOptions(dir, false));
        context.settings().put("ui.language", "en");
        demo = DemoMode.start(context, 3, 512 * 1024, 16 * 1024);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        window = DemoUi.open(context, stage, 1000, 760);
        DemoUi.connect(window, demo);
    }

    @Test
    void aBadPathEndsBusyWithAnErrorAndQuittingMidRunAsksThenLeavesTheRunInterrupted(FxRobot robot) {
        ui = new DemoUi(robot, window);
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        ui.fx(() -> window.model().apTable().totalProperty().get()) == 3);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "EWC/17_12_1"
                        .equals(ui.fx(
                                () -> window.model().upgrade().pathProperty().get())));

        // a path with a space cannot be typed as one IOS word: refused before anything is sent, buttons back
        robot.interact(() -> window.model().upgrade().pathProperty().set("EWC folder/17"));
        robot.interact(() -> robot.lookup("#upgradeSave").queryButton().fire());
        await().atMost(Duration.ofSeconds(30)).until(() -> dialogWith("path").isPresent());
        assertThat(dialogWith("path").orElseThrow().getContentText()).contains("EWC folder/17");
        robot.interact(() -> ((Button) dialogWith("path").orElseThrow().lookupButton(ButtonType.CLOSE)).fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !ui.fx(() -> robot.lookup("#upgradeSave").queryButton().isDisabled()));

        robot.interact(() -> window.model().upgrade().pathProperty().set("EWC/17_12_1"));
        robot.interact(() -> robot.lookup("#upgradeDownload").queryButton().fire());
        // the demo's setup is correct: a green preflight, no gate before the commands
        ui.confirmationLines();
        ui.send();
        await().atMost(Duration.ofSeconds(30)).until(() -> ui.stage().equals("PREDOWNLOADING"));
        assertThat(ui.fx(() -> robot.lookup("#upgradeDownload").queryButton().isDisabled()))
                .isTrue();
        assertThat(ui.fx(() -> robot.lookup("#upgradeAbort").queryButton().isVisible()))
                .isTrue();

        Platform.runLater(
                () -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dialogWith("Quit anyway?").isPresent());
        Button cancel = (Button) dialogWith("Quit anyway?").orElseThrow().lookupButton(ButtonType.CANCEL);
        assertThat(cancel.isDefaultButton()).isTrue();
        robot.interact(cancel::fire);
        assertThat(ui.fx(() -> window.stage().isShowing())).isTrue();
        assertThat(ui.stage()).isEqualTo("PREDOWNLOADING");

        Platform.runLater(
                () -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> dialogWith("Quit anyway?").isPresent());
        robot.interact(() -> ((Button) dialogWith("Quit anyway?").orElseThrow().lookupButton(ButtonType.OK)).fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !ui.fx(() -> window.stage().isShowing()));
        UpgradeHistory history = new UpgradeHistory(context.store(), Clock.systemUTC());
        assertThat(history.runs().getFirst().state()).isEqualTo(RunState.INTERRUPTED);
    }

    private Optional<DialogPane> dialogWith(String text) {
        return ui.fx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .filter(p -> p.getContentText() != null && p.getContentText().contains(text))
                .findFirst());
    }
}
