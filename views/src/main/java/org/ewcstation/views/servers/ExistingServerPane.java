package org.ewcstation.views.servers;

import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;

/**
 * One protocol's "which server" choice: ours (the switch above it) or the technician's own, with its address and
 * port as the controller reaches it, the path as that server sees it, and for SFTP the account.
 */
final class ExistingServerPane {

    private final ExistingServerModel model;
    private final Localization loc;
    private final Dialogs dialogs;

    ExistingServerPane(ExistingServerModel model, Localization loc, Dialogs dialogs) {
        this.model = model;
        this.loc = loc;
        this.dialogs = dialogs;
    }

    /** The radio pair, then the form (shown while "existing" is picked); {@code embedded} is shown otherwise. */
    Node build(Node embedded) {
        String id = model.protocol().name();
        ToggleGroup group = new ToggleGroup();
        RadioButton ours = radio("servers.choice.embedded", group, "serverEmbedded-" + id);
        RadioButton theirs = radio("servers.choice.existing", group, "serverExisting-" + id);
        group.selectToggle(model.existingProperty().get() ? theirs : ours);
        VBox form = form(id);
        form.visibleProperty().bind(theirs.selectedProperty());
        form.managedProperty().bind(form.visibleProperty());
        embedded.visibleProperty().bind(ours.selectedProperty());
        embedded.managedProperty().bind(embedded.visibleProperty());
        ours.setOnAction(e -> model.useEmbedded());
        // stacked, not side by side: the panel is narrow and a cut-off choice cannot be read
        Label name = new Label(model.protocol().name());
        name.getStyleClass().add("server-protocol");
        VBox radios = new VBox(2, name, ours, theirs);
        return new VBox(2, radios, embedded, form);
    }

    private VBox form(String id) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        int row = 0;
        grid.addRow(row++, label("servers.existing.host"), field(model.hostProperty(), "existingHost-" + id, false));
        grid.addRow(row++, label("servers.existing.port"), field(model.portProperty(), "existingPort-" + id, false));
        grid.addRow(row++, label("servers.existing.path"), field(model.pathProperty(), "existingPath-" + id, false));
        if (model.protocol() == Protocol.SFTP) {
            grid.addRow(
                    row++, label("servers.existing.user"), field(model.userProperty(), "existingUser-" + id, false));
            grid.addRow(
                    row,
                    label("servers.existing.password"),
                    field(model.passwordProperty(), "existingPassword-" + id, true));
        }
        Button use = new Button();
        use.setId("existingUse-" + id);
        use.textProperty().bind(loc.text("servers.existing.use"));
        Label state = new Label();
        state.setId("existingState-" + id);
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        state.textProperty().bind(loc.text("servers.existing.inUse", model.hostProperty(), model.portProperty()));
        state.visibleProperty().bind(model.existingProperty());
        use.setOnAction(e -> model.apply().ifPresent(problem -> dialogs.error("servers.existing.title", problem)));
        Label hint = label("servers.existing.hint." + model.protocol().name().toLowerCase(Locale.ROOT));
        hint.setWrapText(true);
        hint.setMinWidth(0); // wraps to the panel's width instead of widening it
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint");
        VBox box = new VBox(4, grid, hint, new HBox(6, use), state);
        box.setPadding(new Insets(0, 0, 0, 16));
        return box;
    }

    private RadioButton radio(String key, ToggleGroup group, String id) {
        RadioButton r = new RadioButton();
        r.setId(id);
        r.setToggleGroup(group);
        r.textProperty().bind(loc.text(key));
        return r;
    }

    private TextInputControl field(StringProperty value, String id, boolean secret) {
        TextInputControl f = secret ? new PasswordField() : new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setMaxWidth(Double.MAX_VALUE);
        f.setMinWidth(60);
        f.setPrefWidth(120);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(loc.text(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
