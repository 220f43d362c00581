package org.ewcstation.views.aptable;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.ewcstation.views.fx.Localization;

/** The centre of the window: counters, filter box and the AP table with its final columns. */
public final class ApTableView {

  private final ApTableViewModel model;
  private final Localization loc;

  public ApTableView(ApTableViewModel model, Localization loc) {
    this.model = model;
    this.loc = loc;
  }

  public Parent build() {
    Label title = new Label();
    title.textProperty().bind(loc.text("aptable.title"));
    title.getStyleClass().add("section-title");

    HBox counters = new HBox(14,
        counter("aptable.counter.total", model.totalProperty(), "total"),
        counter("aptable.counter.initiated", model.initiatedProperty(), "initiated"),
        counter("aptable.counter.predownloading", model.predownloadingProperty(), "predownloading"),
        counter("aptable.counter.complete", model.completeProperty(), "complete"),
        counter("aptable.counter.failed", model.failedProperty(), "failed"));
    counters.setAlignment(Pos.CENTER_LEFT);

    CustomTextField filter = (CustomTextField) TextFields.createClearableTextField();
    filter.setId("apFilter");
    filter.promptTextProperty().bind(loc.text("aptable.filter.prompt"));
    filter.textProperty().bindBidirectional(model.filterProperty());
    filter.setPrefColumnCount(26);

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(12, title, counters, spacer, filter);
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(6, 8, 6, 8));

    TableView<ApRow> table = new TableView<>(model.visibleRows());
    table.setId("apTable");
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.getColumns().addAll(
        column("aptable.column.name", ApRow::name, 150),
        column("aptable.column.model", ApRow::model, 140),
        column("aptable.column.imageType", ApRow::imageType, 90),
        column("aptable.column.ip", ApRow::ip, 110),
        column("aptable.column.primary", ApRow::primaryImage, 110),
        column("aptable.column.backup", ApRow::backupImage, 110),
        column("aptable.column.predownloadStatus", ApRow::predownloadStatus, 140),
        column("aptable.column.predownloadVersion", ApRow::predownloadVersion, 130),
        column("aptable.column.retries", r -> r.retries(), 70),
        column("aptable.column.nextRetry", ApRow::nextRetry, 90),
        column("aptable.column.method", ApRow::method, 70),
        column("aptable.column.progress", r -> r.percent() < 0 ? "" : String.format("%.0f%%  %s", r.percent(), r.eta()), 120));

    Label empty = new Label();
    empty.textProperty().bind(loc.text("aptable.empty"));
    empty.getStyleClass().add("empty-state");
    table.setPlaceholder(empty);

    VBox box = new VBox(header, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    return box;
  }

  private Label counter(String key, javafx.beans.value.ObservableValue<?> value, String styleClass) {
    Label l = new Label();
    l.textProperty().bind(loc.text(key, value));
    l.getStyleClass().addAll("counter", "counter-" + styleClass);
    return l;
  }

  private <T> TableColumn<ApRow, T> column(String key, Function<ApRow, T> getter, double width) {
    TableColumn<ApRow, T> c = new TableColumn<>();
    c.textProperty().bind(loc.text(key));
    c.setId(key);
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(getter.apply(cd.getValue())));
    return c;
  }
}
