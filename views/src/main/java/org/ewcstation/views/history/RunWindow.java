package org.ewcstation.views.history;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.Styles;

/** A run's view in its own window, so the technician can keep it next to the main window while APs download. */
public final class RunWindow {

    private RunWindow() {}

    public static Stage show(Window owner, HistoryViewModel history, long runId, Localization loc) {
        RunViewModel model = history.open(runId);
        Stage stage = new Stage();
        stage.initOwner(owner);
        RunView view = new RunView(model, history, loc).onClose(stage::close);
        Scene scene = new Scene(view.build(), 1000, 680);
        scene.getStylesheets().add(Styles.CSS);
        stage.setScene(scene);
        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> loc.now(
                                "history.run.title",
                                runId,
                                model.detailProperty().get() == null
                                        ? ""
                                        : model.detailProperty().get().run().controllerLabel()),
                        model.detailProperty(),
                        loc.messagesProperty()));
        stage.setOnHidden(e -> history.close(model));
        stage.show();
        return stage;
    }
}
