package org.ewcstation.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.views.main.MainViewModel;
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
 * The real main window on JavaFX's headless platform: every visible text is translated, the language
 * switch relabels the window live and is remembered, and PNG snapshots in both languages are saved.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    static Path dataDir;
    static AppContext context;
    MainWindow window;

    @BeforeAll
    static void startContext() throws Exception {
        dataDir = Files.createTempDirectory("ewc-ui");
        SettingsRepository seed;
        context = AppContext.start(new GlobalOptions(dataDir, false));
        seed = context.settings();
        seed.put(MainViewModel.LANGUAGE_KEY, "en");
    }

    @AfterAll
    static void stopContext() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(context, stage);
        // The headless screen is 1000x1000: keep the window's top-left (menus) on it so the robot can click.
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void everyTextIsTranslatedAndTheSwitchIsLiveAndRemembered(FxRobot robot) throws Exception {
        AtomicReference<Map<Object, String>> en = new AtomicReference<>();
        robot.interact(() -> en.set(SceneTexts.collect(window.stage().getScene())));
        assertNoRawKeys(en.get(), new Messages(Language.ENGLISH));
        assertThat(en.get().values())
                .contains("Access points", "AP name", "Pre-download status", "Transfer log", "TFTP: stopped");
        robot.interact(() -> save("main-en"));

        // Through the real menu, as a user does (menus are popups: look them up by their visible text).
        robot.clickOn("Language").clickOn("日本語");
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<Map<Object, String>> ja = new AtomicReference<>();
        robot.interact(() -> ja.set(SceneTexts.collect(window.stage().getScene())));
        assertNoRawKeys(ja.get(), new Messages(Language.JAPANESE));
        // only texts from the bundle are judged: the machine's interfaces, addresses and accounts stay as they are
        List<String> untranslated = new UntranslatedTexts(
                        new Messages(Language.ENGLISH), new Messages(Language.JAPANESE))
                .find(en.get(), ja.get());
        assertThat(untranslated)
                .as("labels still in English after switching to Japanese")
                .isEmpty();
        assertThat(ja.get().values()).contains("アクセスポイント", "プレダウンロード状態", "転送ログ", "TFTP: 停止中");
        robot.interact(() -> save("main-ja"));

        assertThat(context.settings().get(MainViewModel.LANGUAGE_KEY)).contains("ja");
        assertThat(MainViewModel.initialLanguage(context.settings())).isEqualTo(Language.JAPANESE);
    }

    @Test
    void apTableHasItsFinalColumnsAndAnEmptyState(FxRobot robot) {
        TableView<?> table = robot.lookup("#apTable").queryAs(TableView.class);
        TableView<?> names = robot.lookup("#apNames").queryAs(TableView.class);
        assertThat(names.getColumns()).extracting(c -> c.getId()).containsExactly("aptable.column.name");
        assertThat(table.getColumns()).hasSize(12);
        assertThat(table.getColumns().subList(0, 2))
                .extracting(c -> c.getId())
                .containsExactly("aptable.column.predownloadStatus", "aptable.column.progress");
        assertThat(table.isTableMenuButtonVisible()).as("column chooser").isTrue();
        assertThat(table.getItems()).isEmpty();
        assertThat(table.getPlaceholder()).isNotNull();
    }

    @Test
    void addControllerFormRefusesBadInputAndAddsAGoodOne(FxRobot robot) {
        robot.clickOn("#addController");
        robot.clickOn("#controllerAddress").write("192.0.2.10 ; rm");
        robot.clickOn("#controllerUser").write("admin");
        robot.clickOn("Add");
        assertThat(robot.lookup("#controllerError").queryLabeled().getText()).contains("IP address or host name");
        robot.doubleClickOn("#controllerAddress").eraseText(20).write("192.0.2.10");
        robot.doubleClickOn("#controllerPort").eraseText(5).write("70000");
        robot.clickOn("Add");
        assertThat(robot.lookup("#controllerError").queryLabeled().getText()).contains("65535");
        robot.doubleClickOn("#controllerPort").eraseText(5).write("2022");
        robot.clickOn("#controllerPassword").write("s3cret");
        robot.clickOn("Add");
        ListView<?> list = robot.lookup("#controllerList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.getItems().getFirst().toString()).contains("192.0.2.10").doesNotContain("s3cret");
    }

    @Test
    void columnWidthsAreRemembered(FxRobot robot) {
        TableView<?> table = robot.lookup("#apTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.getColumns().getFirst().setPrefWidth(321);
            table.getColumns().getLast().setVisible(true);
            table.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.model().saveLayout());
        assertThat(context.settings().get("ui.columns.apTable"))
                .get()
                .asString()
                .contains("aptable.column.predownloadStatus=321", "aptable.column.method=");
    }

    private void save(String name) {
        try {
            Path file = Screenshots.save(window.stage().getScene(), name);
            assertThat(Files.size(file)).isGreaterThan(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoRawKeys(Map<Object, String> texts, Messages messages) {
        List<String> raw = texts.values().stream()
                .filter(t -> (t.startsWith("!") && t.endsWith("!"))
                        || (t.matches("[a-z]+(\\.[a-zA-Z]+)+") && messages.has(t)))
                .toList();
        assertThat(raw).as("raw keys or missing translations visible").isEmpty();
    }
}
