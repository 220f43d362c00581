package org.ewcstation.views.power;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.ewcstation.views.fx.Localization;

/** The status bar's keep-awake chip: shown only while work runs, a warning colour when the computer may sleep. */
public final class KeepAwakeStatus {

    private final KeepAwakeViewModel model;
    private final Localization loc;

    public KeepAwakeStatus(KeepAwakeViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
    }

    public Label build() {
        Label l = new Label();
        l.setId("keepAwakeStatus");
        l.getStyleClass().add("server-chip");
        l.textProperty().bind(loc.text(model.chipProperty()));
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        var what = loc.text(model.textProperty());
        var about = loc.text(model.tip().key());
        tip.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> what.get() == null || what.get().isEmpty()
                                ? about.get()
                                : what.get() + "\n\n" + about.get(),
                        what,
                        about));
        l.setTooltip(tip);
        l.visibleProperty().bind(model.textProperty().isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        model.stateProperty().subscribe(s -> {
            l.getStyleClass().removeAll("server-running", "server-failed");
            l.getStyleClass().add(model.warning() ? "server-failed" : "server-running");
        });
        return l;
    }
}
