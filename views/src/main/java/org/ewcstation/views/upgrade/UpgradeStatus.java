package org.ewcstation.views.upgrade;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.services.upgrade.UpgradeProgress;
import org.ewcstation.views.fx.Localization;

/**
 * The status bar's left side: the run's stage and its overall progress ("Pre-downloading: 5 of 12 APs, 43 %"), so
 * the state of the upgrade is in view whichever tab or pane has the technician's attention.
 */
public final class UpgradeStatus {

    private final UpgradeViewModel model;
    private final Localization loc;

    public UpgradeStatus(UpgradeViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
    }

    public Node build() {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("statusProgress");
        bar.setPrefWidth(160);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.progressProperty().bind(model.percentProperty().divide(100.0));
        bar.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> moving(model.stageProperty().get()), model.stageProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        Label text = new Label();
        text.setId("statusStage");
        text.textProperty()
                .bind(Bindings.createStringBinding(
                        this::text, model.stageProperty(), model.progressProperty(), loc.messagesProperty()));
        HBox box = new HBox(8, text, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static boolean moving(Stage s) {
        return s == Stage.PREDOWNLOADING || s == Stage.ACTIVATING || s == Stage.REJOINING;
    }

    private String text(UpgradeProgress p, Stage stage) {
        String name = loc.now(stage.key());
        if (p == null || p.total() == 0 || p.stage() != stage) {
            return loc.now("status.stage", name);
        }
        return p.failed() > 0
                ? loc.now("status.stage.failed", name, p.done(), p.total(), p.percent(), p.failed())
                : loc.now("status.stage.progress", name, p.done(), p.total(), p.percent());
    }

    private String text() {
        return text(model.progressProperty().get(), model.stageProperty().get());
    }
}
