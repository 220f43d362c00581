package org.ewcstation.views.controllers;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ewcstation.views.fx.Localization;

/** The left column: the controllers list and the button to add one. */
public final class ControllersView {

  private final ControllersViewModel model;
  private final Localization loc;

  public ControllersView(ControllersViewModel model, Localization loc) {
    this.model = model;
    this.loc = loc;
  }

  public Parent build() {
    Label title = new Label();
    title.textProperty().bind(loc.text("controllers.title"));
    title.getStyleClass().add("section-title");

    ListView<ControllerItem> list = new ListView<>(model.controllers());
    list.setId("controllerList");
    list.setCellFactory(lv -> new ListCell<>() {
      @Override
      protected void updateItem(ControllerItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.label());
      }
    });
    model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
    Label empty = new Label();
    empty.textProperty().bind(loc.text("controllers.empty"));
    empty.getStyleClass().add("empty-state");
    empty.setWrapText(true);
    list.setPlaceholder(empty);

    Button add = new Button();
    add.setId("addController");
    add.textProperty().bind(loc.text("controllers.add"));
    add.setMaxWidth(Double.MAX_VALUE);
    add.setOnAction(e -> model.add());

    VBox box = new VBox(6, title, list, add);
    box.setPadding(new Insets(6, 8, 8, 8));
    VBox.setVgrow(list, Priority.ALWAYS);
    box.setMinWidth(180);
    return box;
  }
}
