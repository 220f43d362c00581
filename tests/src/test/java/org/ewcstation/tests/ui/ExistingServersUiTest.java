package org.ewcstation.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.app.gui.MainWindow;
import org.ewcstation.views.aptable.ApItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The technician's own image server instead of ours, chosen in the servers panel: the real tftpd-hpa, and the real
 * OpenSSH sshd (internal-sftp, password login), each rooted in the demo bundle's folder. The demo's simulated
 * controller fetches every AP's image from it through a whole pre-download; our embedded servers serve nothing.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExistingServersUiTest {

    static final int APS = 4;
    static final long IMAGE = 192 * 1024;

    Stage stage;
    AppContext context;
    ThirdPartyServers.Running server;
    MainWindow window;

    @Start
    void start(Stage s) {
        this.stage = s;
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void tftpdHpaServesAWholePreDownload(FxRobot robot) throws Exception {
        open(robot, false);
        choose(robot, "TFTP", server.port(), "", "");
        new DemoUi(robot, window).saveWindow(stage, "existing-tftp-en");
        List<String> checks = download(robot);
        assertThat(String.join("\n", checks))
                .as("the preflight read the first image from tftpd-hpa")
                .contains("is readable on 127.0.0.1:" + server.port())
                .contains("UDP 69");
        everyApComplete(robot);
    }

    @Test
    void openSshSftpServesAWholePreDownload(FxRobot robot) throws Exception {
        open(robot, true);
        choose(robot, "SFTP", server.port(), server.user(), server.password());
        robot.interact(() ->
                robot.lookup("#upgradeMode-SFTP").queryAs(ToggleButton.class).fire());
        download(robot);
        everyApComplete(robot);
    }

    private void open(FxRobot robot, boolean sftp) throws Exception {
        Path dir = Files.createTempDirectory("ewc-existing-ui");
        context = AppContext.start(new GlobalOptions(dir, false));
        context.settings().put("ui.language", "en");
        Path root = DemoMode.imagesRoot(context);
        DemoMode.writeBundle(root.resolve(DemoMode.BUNDLE), IMAGE);
        server = sftp ? ThirdPartyServers.sshd(root, dir) : ThirdPartyServers.tftpdHpa(root, dir.resolve("tftpd.log"));
        DemoMode demo = DemoMode.start(
                context,
                new DemoMode.Options(APS, IMAGE, 8L * 1024 * 1024, sftp ? 0 : server.port(), sftp ? server.port() : 0));
        robot.interact(() -> {
            window = DemoUi.open(context, stage, 1000, 760);
            DemoUi.connect(window, demo);
        });
        TableView<ApItem> aps = robot.lookup("#apTable").queryTableView();
        await().atMost(Duration.ofSeconds(60)).until(() -> aps.getItems().size() == APS);
    }

    /** The servers panel as a technician fills it: "Existing server", address, port, path, account, "Use". */
    private void choose(FxRobot robot, String protocol, int port, String user, String password) {
        robot.interact(() -> {
            robot.lookup("#serverExisting-" + protocol)
                    .queryAs(RadioButton.class)
                    .fire();
            field(robot, "#existingHost-" + protocol).setText("127.0.0.1");
            field(robot, "#existingPort-" + protocol).setText(Integer.toString(port));
            field(robot, "#existingPath-" + protocol).setText(DemoMode.BUNDLE);
            if (!user.isEmpty()) {
                field(robot, "#existingUser-" + protocol).setText(user);
                field(robot, "#existingPassword-" + protocol).setText(password);
            }
            robot.lookup("#existingUse-" + protocol).queryButton().fire();
        });
        assertThat(fx(
                        robot,
                        () -> robot.lookup("#existingState-" + protocol)
                                .queryAs(Label.class)
                                .getText()))
                .contains("127.0.0.1:" + port);
    }

    /** Save &amp; Download: through the preflight gate when it has red items, then the controller's command. */
    private List<String> download(FxRobot robot) {
        robot.interact(() -> robot.lookup("#upgradeDownload").queryButton().fire());
        await().atMost(Duration.ofSeconds(90))
                .until(() -> robot.lookup("#preflightStartAnyway").tryQuery().isPresent()
                        || robot.lookup("#confirmLines").tryQuery().isPresent());
        List<String> checks = fx(
                robot,
                () -> robot.lookup("#preflightChecks .label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList());
        if (robot.lookup("#preflightStartAnyway").tryQuery().isPresent()) {
            robot.interact(
                    () -> robot.lookup("#preflightStartAnyway").queryButton().fire());
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup("#confirmLines").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#confirmSend").queryButton().fire());
        return checks;
    }

    private void everyApComplete(FxRobot robot) {
        TableView<ApItem> aps = robot.lookup("#apTable").queryTableView();
        await().atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(fx(
                                robot,
                                () -> aps.getItems().stream().map(ApItem::row).toList()))
                        .hasSize(APS)
                        .allSatisfy(r -> assertThat(r.predownloadStatus()).containsIgnoringCase("complete")));
        assertThat(fx(robot, () -> List.copyOf(window.model().transfers().rows())))
                .as("our embedded servers served nothing: the existing server did")
                .isEmpty();
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
