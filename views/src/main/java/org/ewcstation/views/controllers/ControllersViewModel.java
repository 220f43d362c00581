package org.ewcstation.views.controllers;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The controllers the technician works with, and the selected one. */
public final class ControllersViewModel {

  private final ObservableList<ControllerItem> controllers = FXCollections.observableArrayList();
  private final ObjectProperty<ControllerItem> selected = new SimpleObjectProperty<>();
  private Runnable onAdd = () -> {};

  public ObservableList<ControllerItem> controllers() {
    return controllers;
  }

  public ObjectProperty<ControllerItem> selectedProperty() {
    return selected;
  }

  /** What "Add controller…" does; set by the screen that owns the dialog. */
  public void setOnAdd(Runnable onAdd) {
    this.onAdd = onAdd;
  }

  public void add() {
    onAdd.run();
  }
}
