package org.ewcstation.views.upgrade;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.views.fx.Localization;

/**
 * The run's stages in a row, Save → Download → Activate → Rejoin → Done, the current one marked, with the stage's
 * overall progress: a technician sees at a glance where the upgrade stands and what comes next.
 */
final class StageBar {

    /** Each step of the bar and the stages it covers (the first is the step's own "in progress" stage). */
    private record Step(String key, List<Stage> current, List<Stage> done) {}

    private static final List<Step> STEPS = List.of(
            new Step(
                    "upgrade.bar.save",
                    List.of(Stage.READY),
                    List.of(
                            Stage.PROFILE_SAVED,
                            Stage.PREDOWNLOADING,
                            Stage.PREDOWNLOADED,
                            Stage.ACTIVATING,
                            Stage.REJOINING,
                            Stage.VERIFIED)),
            new Step(
                    "upgrade.bar.download",
                    List.of(Stage.PROFILE_SAVED, Stage.PREDOWNLOADING),
                    List.of(Stage.PREDOWNLOADED, Stage.ACTIVATING, Stage.REJOINING, Stage.VERIFIED)),
            new Step(
                    "upgrade.bar.activate",
                    List.of(Stage.PREDOWNLOADED, Stage.ACTIVATING),
                    List.of(Stage.REJOINING, Stage.VERIFIED)),
            new Step("upgrade.bar.rejoin", List.of(Stage.REJOINING), List.of(Stage.VERIFIED)),
            new Step("upgrade.bar.done", List.of(Stage.VERIFIED), List.of()));

    private final UpgradeViewModel model;
    private final Localization loc;

    StageBar(UpgradeViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
    }

    Node build() {
        HBox row = new HBox(4);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("stageBar");
        for (int i = 0; i < STEPS.size(); i++) {
            if (i > 0) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("stage-arrow");
                row.getChildren().add(arrow);
            }
            Step step = STEPS.get(i);
            Label l = new Label();
            l.textProperty().bind(loc.text(step.key()));
            l.getStyleClass().add("stage-step");
            model.stageProperty().subscribe(s -> style(l, step, s));
            row.getChildren().add(l);
        }
        ProgressBar bar = new ProgressBar(0);
        bar.setId("stageProgress");
        bar.setPrefWidth(110);
        bar.progressProperty().bind(model.percentProperty().divide(100.0));
        bar.visibleProperty()
                .bind(model.stageProperty()
                        .isEqualTo(Stage.PREDOWNLOADING)
                        .or(model.stageProperty().isEqualTo(Stage.REJOINING)));
        Label stage = new Label();
        stage.setId("stageText");
        stage.getStyleClass().add("stage-text");
        stage.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> loc.now(model.stageProperty().get().key())
                                + (bar.isVisible()
                                        ? "  " + model.percentProperty().get() + " %"
                                        : ""),
                        model.stageProperty(),
                        model.percentProperty(),
                        bar.visibleProperty(),
                        loc.messagesProperty()));
        row.getChildren().addAll(bar, stage);
        return row;
    }

    private static void style(Label l, Step step, Stage s) {
        l.getStyleClass().removeAll("stage-done", "stage-current", "stage-failed");
        if (step.done().contains(s)) {
            l.getStyleClass().add("stage-done");
        } else if (step.current().contains(s)) {
            l.getStyleClass().add("stage-current");
        } else if (s == Stage.FAILED || s == Stage.ABORTED || s == Stage.INTERRUPTED) {
            l.getStyleClass().add("stage-failed");
        }
    }
}
