package org.ewcstation.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.gui.GuiLauncher;
import org.ewcstation.app.gui.MainWindow;
import org.ewcstation.views.eventlog.LogEntry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests do again and again with the demo window: read it, answer its dialogs, take its picture. */
final class DemoUi {

    private final FxRobot robot;
    private final MainWindow window;

    DemoUi(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    /**
     * The main window as the UI tests open it (FX thread): in the screen's corner, at {@code width} × {@code height}
     * (the headless screen is 1000 px wide; the layout tests ask for laptop size).
     */
    static MainWindow open(AppContext context, Stage stage, double width, double height) {
        MainWindow window = new MainWindow(context, stage);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.setWidth(width);
        stage.setHeight(height);
        return window;
    }

    /** The window connects to the demo's simulated controller, as {@code --demo} does. */
    static void connect(MainWindow window, DemoMode demo) {
        window.model().controllers().connect(GuiLauncher.demoEntry(demo.controller()));
    }

    <T> T fx(Supplier<T> s) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(s.get()));
        return out.get();
    }

    String logText() {
        return fx(() -> {
            StringBuilder sb = new StringBuilder();
            var log = window.model().eventLog();
            for (LogEntry e : log.visibleEntries()) {
                sb.append(log.render(e)).append('\n');
            }
            return sb.toString();
        });
    }

    /** The selected controller's upgrade stage, by name (javafx's Stage owns the short name here). */
    String stage() {
        return fx(() -> window.model().upgrade().stageProperty().get().name());
    }

    /** The preflight gate: its checklist names the red item, and "Start anyway" goes on. */
    void startAnyway() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup("#preflightStartAnyway").tryQuery().isPresent());
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(logText()).contains("red item"));
        if (!Files.exists(Path.of("target", "screenshots", "demo-gate-en.png"))) {
            saveWindow(
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

    /** The lines a step will send, as the confirmation shows them; waits for the dialog. */
    String confirmationLines() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup("#confirmLines").tryQuery().isPresent());
        return fx(() -> robot.lookup("#confirmLines").queryAs(TextArea.class).getText());
    }

    String confirmationAnswers() {
        return fx(() -> robot.lookup("#confirmAnswers")
                .tryQueryAs(TextArea.class)
                .map(TextArea::getText)
                .orElse(""));
    }

    /** Presses Send in the confirmation (Cancel is its default button). */
    void send() {
        assertThat(fx(() -> robot.lookup("#confirmCancel").queryButton().isDefaultButton()))
                .isTrue();
        robot.interact(() -> robot.lookup("#confirmSend").queryButton().fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> robot.lookup("#confirmLines").tryQuery().isEmpty());
    }

    void save(String name) {
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
            write(window.stage(), name);
            window.stage().setWidth(1000);
            window.stage().setHeight(760);
        });
    }

    void saveWindow(Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> write(stage, name));
    }

    private static void write(Stage stage, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(
                    SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null),
                    "png",
                    dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
