package org.ewcstation.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.DemoMode;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.app.gui.MainWindow;
import org.ewcstation.i18n.Language;
import org.ewcstation.services.history.RunReportPdf;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.views.aptable.ApItem;
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
 * The window at a laptop's 1280×800, in English and in Japanese, during a real pre-download from the demo
 * controller: the AP name and Progress/ETA stay in view, no header or label of the main window, the preflight, the
 * history or the run view is cut, and the Japanese screens show no English status word of the controller.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CockpitLayoutUiTest {

    static final int APS = 6;
    /** The controller's own words, which the Japanese UI must show translated. */
    static final Set<String> ENGLISH_STATUS =
            Set.of("None", "Initiated", "Predownloading", "Pre-downloading", "Complete", "Completed", "Failed");

    static AppContext context;
    static DemoMode demo;
    MainWindow window;
    DemoUi ui;

    @BeforeAll
    static void startDemo() throws Exception {
        context = AppContext.start(new GlobalOptions(Files.createTempDirectory("ewc-cockpit-ui"), false));
        context.settings().put("ui.language", "en");
        // slow enough that the pre-download is seen while it runs
        demo = DemoMode.start(context, APS, 1024 * 1024, 256L * 1024);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        window = DemoUi.open(context, stage, 1280, 800);
        DemoUi.connect(window, demo);
    }

    @Test
    void nothingCutAtLaptopSizeInBothLanguagesAndNoEnglishStatusInJapanese(FxRobot robot) throws Exception {
        ui = new DemoUi(robot, window);
        TableView<ApItem> aps = robot.lookup("#apTable").queryTableView();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> ui.fx(() -> aps.getItems().size()) == APS);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "EWC/17_12_1"
                        .equals(ui.fx(
                                () -> window.model().upgrade().pathProperty().get())));
        for (Language l : Language.values()) {
            language(robot, l);
            mainWindowFits(robot, l);
            preflightFits(robot, l);
        }
        language(robot, Language.ENGLISH);
        robot.interact(() -> robot.lookup("#upgradeDownload").queryButton().fire());
        ui.confirmationLines();
        ui.send();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> ui.fx(() -> aps.getItems().stream()
                        .map(ApItem::row)
                        .anyMatch(r -> r.predownloadStatus().toLowerCase().contains("predownloading"))));
        language(robot, Language.JAPANESE);
        noEnglishStatusIn(robot, window.stage().getScene().getRoot(), "main window during the pre-download");
        mainWindowFits(robot, Language.JAPANESE);
        ui.saveWindow(window.stage(), "cockpit-predownload-ja");
        language(robot, Language.ENGLISH);
        ui.saveWindow(window.stage(), "cockpit-predownload-en");
        plainBackgroundsWhereEachPollRedraws(robot);
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ui.stage().equals("PREDOWNLOADED"));
        for (Language l : Language.values()) {
            language(robot, l);
            historyAndRunViewFit(robot, l);
        }
        reportInJapanese(robot);
    }

    /**
     * What a poll redraws (the AP table and the log with their rows, the AP progress bars, the split panes around
     * them) has one background fill each, outside the focus state: with two or more, JavaFX draws the region from a
     * cached nine-slice image, which its software renderer (virtual machines, remote desktops, the headless platform)
     * scales pixel by pixel; that was most of the window's longest stall under load (docs/PERFORMANCE.md).
     */
    private void plainBackgroundsWhereEachPollRedraws(FxRobot robot) {
        List<String> layered = ui.fx(() -> {
            List<String> out = new ArrayList<>();
            for (String id : List.of("#apTable", "#apNames", "#logTable", "#mainSplit", "#centreSplit")) {
                layered(robot.lookup(id).query(), out);
            }
            return out;
        });
        assertThat(layered).as("regions drawn from several background fills").isEmpty();
    }

    private static void layered(Node n, List<String> out) {
        boolean watched = n instanceof TableView<?>
                || n instanceof SplitPane
                || n instanceof TableRow<?>
                || n.getStyleClass().contains("track") && n.getParent() instanceof ProgressBar;
        if (watched
                && !n.isFocused()
                && n instanceof Region r
                && r.getBackground() != null
                && r.getBackground().getFills().size() > 1) {
            out.add(n.getClass().getSimpleName() + n.getStyleClass() + ": "
                    + r.getBackground().getFills().size());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> layered(c, out));
        }
    }

    private void language(FxRobot robot, Language l) {
        robot.interact(() -> window.model().languageProperty().set(l));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void mainWindowFits(FxRobot robot, Language l) {
        Parent root = window.stage().getScene().getRoot();
        assertThat(ui.fx(() -> Clipping.clipped(root)))
                .as("cut texts in the main window (%s)", l)
                .isEmpty();
        TableView<?> names = robot.lookup("#apNames").queryAs(TableView.class);
        TableView<?> table = robot.lookup("#apTable").queryAs(TableView.class);
        assertThat(ui.fx(() -> Clipping.headerInView(names, names.getColumns().getFirst())))
                .as("AP name in view (%s)", l)
                .isTrue();
        for (String id : List.of("aptable.column.predownloadStatus", "aptable.column.progress")) {
            TableColumnBase<?, ?> c = table.getColumns().stream()
                    .filter(x -> id.equals(x.getId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(ui.fx(() -> Clipping.headerInView(table, c)))
                    .as("%s in view (%s)", id, l)
                    .isTrue();
        }
    }

    private void preflightFits(FxRobot robot, Language l) {
        robot.interact(() -> window.model().upgrade().preflight());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup("#preflightChecks").tryQuery().isPresent());
        Node checks = robot.lookup("#preflightChecks").query();
        Window dialog = checks.getScene().getWindow();
        assertThat(ui.fx(() -> Clipping.clipped(checks.getScene().getRoot())))
                .as("cut texts in the preflight (%s)", l)
                .isEmpty();
        ui.saveWindow((Stage) dialog, "cockpit-preflight-" + l.tag());
        String marks = ui.fx(() -> ((Parent) checks)
                .getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof Labeled)
                        .map(n -> ((Labeled) n).getText())
                        .reduce("", (a, b) -> a + "\n" + b));
        assertThat(marks).as("the demo rehearses a correct setup").contains("✔").doesNotContain("✖", "\n!\n");
        robot.interact(dialog::hide);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> robot.lookup("#preflightChecks").tryQuery().isEmpty());
    }

    private void historyAndRunViewFit(FxRobot robot, Language l) {
        robot.interact(() -> robot.lookup("#bottomTabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(2));
        TableView<RunSummary> runs = robot.lookup("#historyTable").queryTableView();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ui.fx(() -> !runs.getItems().isEmpty()));
        assertThat(ui.fx(() -> Clipping.clipped(window.stage().getScene().getRoot())))
                .as("cut texts with the history shown (%s)", l)
                .isEmpty();
        robot.interact(() -> runs.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#historyOpen").queryButton().fire());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> robot.lookup("#runAps").tryQuery().isPresent());
        TableView<?> runAps = robot.lookup("#runAps").queryTableView();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ui.fx(() -> runAps.getItems().size()) == APS);
        Stage run = (Stage) runAps.getScene().getWindow();
        robot.interact(() -> {
            run.setWidth(1280);
            run.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.fx(() -> Clipping.clipped(run.getScene().getRoot())))
                .as("cut texts in the run view (%s)", l)
                .isEmpty();
        if (l == Language.JAPANESE) {
            noEnglishStatusIn(robot, run.getScene().getRoot(), "run view");
        }
        ui.saveWindow(run, "cockpit-run-view-" + l.tag());
        robot.interact(run::close);
    }

    /** Every visible label and table cell: none is an English status word. */
    private void noEnglishStatusIn(FxRobot robot, Parent root, String where) {
        List<String> texts = ui.fx(() -> {
            root.applyCss();
            root.layout();
            List<String> out = new ArrayList<>();
            texts(root, out);
            return out;
        });
        assertThat(texts).as("English status words in the %s", where).noneMatch(ENGLISH_STATUS::contains);
        assertThat(texts)
                .as("Japanese labels present in the %s", where)
                .anyMatch(t -> t.contains("プレダウンロード") || t.contains("完了"));
    }

    private static void texts(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled lb && lb.getText() != null && !lb.getText().isBlank()) {
            out.add(lb.getText().strip());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }

    private void reportInJapanese(FxRobot robot) throws Exception {
        language(robot, Language.JAPANESE);
        Path report = Files.createTempDirectory("ewc-cockpit-report").resolve("run.html");
        assertThat(ui.fx(() -> window.model().history().write(1, report)))
                .isEqualTo(RunReportPdf.font(System.getenv()).isPresent() ? 4 : 3);
        String html = Files.readString(report);
        for (String word : ENGLISH_STATUS) {
            assertThat(html).as("report cell %s", word).doesNotContain(">" + word + "<");
        }
        assertThat(html).contains(">完了<", "title=\"Complete\"");
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(report, dir.resolve("cockpit-report-ja.html"), StandardCopyOption.REPLACE_EXISTING);
    }
}
