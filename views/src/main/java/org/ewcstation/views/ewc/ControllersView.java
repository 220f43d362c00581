package org.ewcstation.views.ewc;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ewcstation.i18n.Msg;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;

/** The left column: the controllers, how each link stands, and the button to add one. */
public final class ControllersView {

    private final ControllersViewModel model;
    private final Localization loc;

    private final Runnable onAdd;
    private final Runnable onDiscover;
    private final Consumer<ControllerItem> onEdit;
    private final Dialogs dialogs;

    /** {@code onEdit}: the edit form for a listed controller (also used to reconnect when no password is known). */
    public ControllersView(
            ControllersViewModel model,
            Localization loc,
            Dialogs dialogs,
            Runnable onAdd,
            Runnable onDiscover,
            Consumer<ControllerItem> onEdit) {
        this.onAdd = onAdd;
        this.onDiscover = onDiscover;
        this.onEdit = onEdit;
        this.dialogs = dialogs;
        this.model = model;
        this.loc = loc;
    }

    public Parent build() {
        Label title = new Label();
        title.textProperty().bind(loc.text("controllers.title"));
        title.getStyleClass().add("section-title");

        ListView<ControllerItem> list = new ListView<>(model.controllers());
        list.setId("controllerList");
        list.setCellFactory(lv -> new ControllerCell());
        list.setContextMenu(contextMenu(list));
        loc.messagesProperty().addListener((obs, old, now) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null
                    && (model.selectedProperty().get() == null
                            || !item.key().equals(model.selectedProperty().get().key()))) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item != null) {
                int i = model.controllers().indexOf(item);
                if (i >= 0 && list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                }
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(loc.text("controllers.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);

        Button add = new Button();
        add.setId("addController");
        add.textProperty().bind(loc.text("controllers.add"));
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> onAdd.run());

        Button discover = new Button();
        discover.setId("discoverControllers");
        discover.textProperty().bind(loc.text("controllers.discover"));
        discover.setMaxWidth(Double.MAX_VALUE);
        discover.setOnAction(e -> onDiscover.run());
        HBox buttons = new HBox(6, add, discover);
        HBox.setHgrow(add, Priority.ALWAYS);
        HBox.setHgrow(discover, Priority.ALWAYS);
        VBox box = new VBox(6, title, list, buttons);
        box.setPadding(new Insets(6, 8, 8, 8));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setMinWidth(200);
        return box;
    }

    /** Edit, reconnect and remove the controller under the mouse (the selected one). */
    private ContextMenu contextMenu(ListView<ControllerItem> list) {
        MenuItem edit = menuItem("controllers.menu.edit", "controllerEdit");
        edit.setOnAction(e -> selected(list).ifPresent(onEdit));
        MenuItem reconnect = menuItem("controllers.menu.reconnect", "controllerReconnect");
        reconnect.setOnAction(e -> selected(list).ifPresent(c -> {
            if (!model.reconnect(c)) {
                onEdit.accept(c);
            }
        }));
        MenuItem remove = menuItem("controllers.menu.remove", "controllerRemove");
        remove.setOnAction(e -> selected(list).ifPresent(c -> {
            if (dialogs.confirm("controllers.menu.remove", Msg.of("controllers.remove.confirm", c.label()))) {
                model.remove(c);
            }
        }));
        return new ContextMenu(edit, reconnect, remove);
    }

    private static Optional<ControllerItem> selected(ListView<ControllerItem> list) {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private MenuItem menuItem(String key, String id) {
        MenuItem i = new MenuItem();
        i.setId(id);
        i.textProperty().bind(loc.text(key));
        return i;
    }

    /** Two lines: the controller's name, then its state, version and AP count (or the problem). */
    private final class ControllerCell extends ListCell<ControllerItem> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, name, detail);

        ControllerCell() {
            name.getStyleClass().add("controller-name");
            detail.getStyleClass().add("controller-detail");
            detail.setWrapText(true);
            detail.setMaxWidth(220);
        }

        @Override
        protected void updateItem(ControllerItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.label());
            var m = loc.messages();
            detail.setText(
                    switch (item.state()) {
                        case CONNECTING -> m.text("controllers.state.connecting");
                        case CONNECTED ->
                            m.text(
                                    "controllers.state.connected",
                                    nz(item.version()),
                                    nz(item.platform()),
                                    item.apCount() < 0 ? "-" : Integer.toString(item.apCount()));
                        case RECONNECTING ->
                            m.text(
                                    "controllers.state.reconnecting",
                                    item.problem() == null ? "" : m.text(item.problem()));
                        case FAILED ->
                            item.problem() == null ? m.text("controllers.state.failed") : m.text(item.problem());
                    });
            detail.getStyleClass().removeAll("state-ok", "state-bad", "state-busy");
            detail.getStyleClass()
                    .add(
                            switch (item.state()) {
                                case CONNECTED -> "state-ok";
                                case FAILED -> "state-bad";
                                default -> "state-busy";
                            });
            setGraphic(box);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
