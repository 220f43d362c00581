package org.ewcstation.views.servers;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ewcstation.i18n.Msg;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;

/**
 * A message in a narrow panel: it wraps and never shrinks below its full height (so no sentence is cut off
 * mid-command), shows the whole text on hover, and a "Details" link opens it in a dialog to read and copy.
 */
final class MessageLabel {

    private MessageLabel() {}

    static VBox of(
            String id, ObservableValue<String> text, ObservableValue<Msg> problem, Localization loc, Dialogs dialogs) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(text);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.textProperty().bind(text);
        l.setTooltip(tip);
        Hyperlink details = new Hyperlink();
        details.setId(id + "Details");
        details.textProperty().bind(loc.text("common.details"));
        details.visibleProperty().bind(Bindings.createBooleanBinding(() -> problem.getValue() != null, problem));
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> dialogs.error("common.details.title", problem.getValue()));
        return new VBox(0, l, details);
    }
}
