package org.ewcstation.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.app.gui.MainWindow;
import org.ewcstation.i18n.Language;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.views.ewc.ControllerEntry;
import org.ewcstation.views.ewc.ControllerItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a technician expects the next morning: the window restarted on the same data folder keeps the embedded SFTP
 * account and reconnects the controller whose password they asked to remember; a login that lands at {@code >} asks
 * for the enable secret; a mistyped host name says what to do, in English and in Japanese. The controllers are the
 * simulator over real SSH; the unknown name ends in {@code .invalid}, which the services test jar's resolver refuses offline.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RememberedAcrossRestartUiTest {

    Stage stage;
    AppContext context;
    SimulatedEwc ewc;

    @Start
    void start(Stage s) {
        this.stage = s;
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        if (ewc != null) {
            ewc.close();
        }
    }

    @Test
    void theNextStartKeepsTheAccountAndTheControllerAndAsksForWhatItNeeds(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("ewc-restart-ui");
        ewc = SimulatedEwc.builder()
                .capwapPort(-1)
                .hostKey(Path.of("target", "test-sim-host-key"))
                .start();
        MainWindow first = open(robot, dir);
        String user = fx(robot, () -> first.model().servers().sftpUserProperty().get());
        String password =
                fx(robot, () -> first.model().servers().sftpPasswordProperty().get());
        addThroughTheDialog(robot, ewc.settings().enableSecret(), true);
        awaitState(robot, first, ControllerItem.State.CONNECTED);
        robot.interact(() -> stage.hide());
        context.close();

        MainWindow second = open(robot, dir);
        assertThat(fx(robot, () -> second.model().servers().sftpUserProperty().get()))
                .isEqualTo(user);
        assertThat(fx(
                        robot,
                        () -> second.model().servers().sftpPasswordProperty().get()))
                .isEqualTo(password);
        awaitState(robot, second, ControllerItem.State.CONNECTED);
        assertThat(fx(
                        robot,
                        () -> second.model()
                                .controllers()
                                .controllers()
                                .getFirst()
                                .label()))
                .startsWith("Lab EWC");

        enableSecretAsked(robot, second);
        unknownHostAdvice(robot, second);
    }

    private MainWindow open(FxRobot robot, Path dir) {
        context = AppContext.start(new GlobalOptions(dir, false));
        context.settings().put("ui.language", "en");
        // the simulator's key is ours (as the demo's): nothing for the technician to compare here
        context.hostKeyTrust().trust(new EwcEndpoint(ewc.host(), ewc.sshPort()), ewc.hostKey());
        AtomicReference<MainWindow> w = new AtomicReference<>();
        robot.interact(() -> {
            w.set(DemoUi.open(context, stage, 1000, 760));
        });
        return w.get();
    }

    /** The add form as typed: address, port, user, password, enable secret, label, "remember". */
    private void addThroughTheDialog(FxRobot robot, String enable, boolean remember) {
        // later, not inside interact: the form waits in its own event loop until it is closed
        Platform.runLater(() -> robot.lookup("#addController").queryButton().fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> robot.lookup("#controllerAddress").tryQuery().isPresent());
        robot.interact(() -> {
            field(robot, "#controllerAddress").setText(ewc.host());
            field(robot, "#controllerPort").setText(Integer.toString(ewc.sshPort()));
            field(robot, "#controllerUser").setText(ewc.settings().user());
            field(robot, "#controllerPassword").setText(ewc.settings().password());
            field(robot, "#controllerEnable").setText(enable);
            field(robot, "#controllerLabel").setText("Lab EWC");
            robot.lookup("#controllerRemember").queryAs(CheckBox.class).setSelected(remember);
        });
        Platform.runLater(
                () -> robot.lookup("#controllerDialogOk").queryButton().fire());
    }

    /** A second controller at {@code >} with no enable secret typed: the window asks, and then it connects. */
    private void enableSecretAsked(FxRobot robot, MainWindow window) throws Exception {
        try (SimulatedEwc second = SimulatedEwc.builder()
                .capwapPort(-1)
                .hostKey(Path.of("target", "test-sim-host-key"))
                .start()) {
            context.hostKeyTrust().trust(new EwcEndpoint(second.host(), second.sshPort()), second.hostKey());
            robot.interact(() -> window.model()
                    .controllers()
                    .connect(new ControllerEntry(
                            second.host(),
                            second.sshPort(),
                            second.settings().user(),
                            second.settings().password().toCharArray(),
                            new char[0])));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> robot.lookup("#secretField").tryQuery().isPresent());
            assertThat(fx(
                            robot,
                            () -> robot.lookup("#secretPrompt")
                                    .queryAs(Label.class)
                                    .getText()))
                    .contains("user prompt (>)")
                    .contains("enable secret");
            robot.interact(
                    () -> field(robot, "#secretField").setText(second.settings().enableSecret()));
            Platform.runLater(() -> robot.lookup("#secretOk").queryButton().fire());
            String key = second.host() + ":" + second.sshPort();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> fx(
                            robot,
                            () -> window.model().controllers().controllers().stream()
                                    .anyMatch(
                                            c -> c.key().equals(key) && c.state() == ControllerItem.State.CONNECTED)));
        }
    }

    /** A name that does not resolve: the list says what to do, in both languages, with no Java in it. */
    private void unknownHostAdvice(FxRobot robot, MainWindow window) {
        robot.interact(() -> window.model()
                .controllers()
                .connect(new ControllerEntry("no-such-ewc.invalid", 22, "admin", "x".toCharArray(), new char[0])));
        await().atMost(Duration.ofSeconds(30)).until(() -> shown(robot, window, "does not resolve") != null);
        String en = shown(robot, window, "does not resolve");
        assertThat(en).contains("IP address");
        robot.interact(() -> window.model().languageProperty().set(Language.JAPANESE));
        await().atMost(Duration.ofSeconds(10)).until(() -> shown(robot, window, "解決できません") != null);
        String ja = shown(robot, window, "解決できません");
        assertThat(ja).contains("IP アドレス");
        for (String text : List.of(en, ja)) {
            assertThat(text)
                    .contains("no-such-ewc.invalid")
                    .doesNotContain("Exception")
                    .doesNotContain("Future[")
                    .doesNotContain("null")
                    .doesNotContainPattern("[A-Z][a-z]+[A-Z][a-z]+[A-Za-z]*\\[");
        }
        robot.interact(() -> window.model().languageProperty().set(Language.ENGLISH));
    }

    /**
     * The first text the window shows that contains {@code words}: a controller's line in the list, or the log
     * pane's entry for it (both rendered in the current language); null when none does yet.
     */
    private static String shown(FxRobot robot, MainWindow window, String words) {
        return fx(robot, () -> {
            var log = window.model().eventLog();
            List<String> texts = new ArrayList<>(robot.lookup(".controller-detail").queryAllAs(Label.class).stream()
                    .map(Label::getText)
                    .toList());
            log.visibleEntries().forEach(e -> texts.add(log.render(e)));
            return texts.stream().filter(t -> t.contains(words)).findFirst().orElse(null);
        });
    }

    private static void awaitState(FxRobot robot, MainWindow window, ControllerItem.State state) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> fx(
                        robot,
                        () -> window.model().controllers().controllers().stream()
                                .anyMatch(c -> c.address().equals("127.0.0.1") && c.state() == state)));
    }

    private static TextInputControl field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class);
    }

    private static <T> T fx(FxRobot robot, Supplier<T> s) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(s.get()));
        return out.get();
    }
}
