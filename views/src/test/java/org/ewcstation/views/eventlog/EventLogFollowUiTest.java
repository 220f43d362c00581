package org.ewcstation.views.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.ewcstation.i18n.Language;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.RecordingDialogs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Follow stays on through multi-line SSH output (rows of several lines move the scroll bar by themselves), goes off
 * only when the user scrolls up, and comes back when the user reaches the bottom again.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EventLogFollowUiTest {

    EventLogViewModel model;
    TableView<LogEntry> table;
    int n;

    @Start
    void start(Stage stage) {
        model = new EventLogViewModel(new Localization(Language.ENGLISH));
        stage.setScene(new Scene(
                new EventLogView(model, new Localization(Language.ENGLISH), new RecordingDialogs()).build(), 900, 400));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        @SuppressWarnings("unchecked")
        TableView<LogEntry> t = (TableView<LogEntry>) stage.getScene().lookup("#logTable");
        table = t;
    }

    /** A batch of transcript output, every third entry several lines long, as `show ap image` comes back. */
    private List<LogEntry> batch(int count) {
        List<LogEntry> out = new ArrayList<>();
        for (int i = 0; i < count; i++, n++) {
            String text = n % 3 == 0
                    ? "AP Name   Primary Image   Backup Image\n-------\nAP-" + n + "   17.9.4.27   17.12.1.5\nAP-" + n
                            + "b  17.9.4.27   17.12.1.5"
                    : "line " + n;
            out.add(LogEntry.raw(Instant.now(), LogEntry.Source.SSH, "192.0.2.10", LogEntry.Level.INFO, text));
        }
        return out;
    }

    private void append(FxRobot robot, int batches) {
        for (int b = 0; b < batches; b++) {
            robot.interact(() -> model.append(batch(7)));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private boolean lastLineVisible(FxRobot robot) {
        AtomicReference<Boolean> at = new AtomicReference<>();
        robot.interact(() -> {
            table.layout();
            at.set(EventLogView.atBottom(table));
        });
        return at.get();
    }

    @Test
    void followSurvivesMultiLineOutputPausesOnScrollUpAndResumesAtTheBottom(FxRobot robot) {
        append(robot, 30);
        assertThat(model.followTailProperty().get())
                .as("follow after multi-line output")
                .isTrue();
        assertThat(lastLineVisible(robot)).as("newest line in view").isTrue();

        robot.moveTo(table).scroll(5, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.followTailProperty().get())
                .as("paused by scrolling up")
                .isFalse();
        append(robot, 5);
        assertThat(lastLineVisible(robot))
                .as("reading older lines: the view stays put")
                .isFalse();
        assertThat(model.followTailProperty().get()).isFalse();

        robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        robot.moveTo(table).scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.followTailProperty().get())
                .as("back at the bottom: following again")
                .isTrue();
        append(robot, 10);
        assertThat(lastLineVisible(robot)).isTrue();

        robot.clickOn(table, MouseButton.PRIMARY).type(KeyCode.HOME);
        assertThat(model.followTailProperty().get()).as("Home pauses too").isFalse();
        robot.type(KeyCode.END);
        assertThat(model.followTailProperty().get()).as("End resumes").isTrue();
    }
}
