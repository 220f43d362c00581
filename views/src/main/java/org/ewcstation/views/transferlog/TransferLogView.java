package org.ewcstation.views.transferlog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.controlsfx.control.textfield.TextFields;
import org.ewcstation.views.fx.Localization;

/** The bottom pane: one timeline of transfers, syslog, the SSH transcript and diagnoses. */
public final class TransferLogView {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private final TransferLogViewModel model;
  private final Localization loc;

  public TransferLogView(TransferLogViewModel model, Localization loc) {
    this.model = model;
    this.loc = loc;
  }

  public Parent build() {
    Label title = new Label();
    title.textProperty().bind(loc.text("log.title"));
    title.getStyleClass().add("section-title");
    var search = TextFields.createClearableTextField();
    search.setId("logSearch");
    search.promptTextProperty().bind(loc.text("log.search.prompt"));
    search.textProperty().bindBidirectional(model.searchProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(12, title, spacer, search);
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(4, 8, 4, 8));

    TableView<LogEntry> table = new TableView<>(model.visibleEntries());
    table.setId("logTable");
    table.getColumns().addAll(
        column("log.column.time", e -> TIME.format(e.time()), 100),
        column("log.column.source", e -> e.source().name(), 70),
        column("log.column.peer", LogEntry::peer, 130),
        column("log.column.level", e -> e.level().name(), 80),
        column("log.column.message", LogEntry::message, 700));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
    Label empty = new Label();
    empty.textProperty().bind(loc.text("log.empty"));
    empty.getStyleClass().add("empty-state");
    table.setPlaceholder(empty);

    VBox box = new VBox(header, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    return box;
  }

  private <T> TableColumn<LogEntry, T> column(String key, Function<LogEntry, T> getter, double width) {
    TableColumn<LogEntry, T> c = new TableColumn<>();
    c.textProperty().bind(loc.text(key));
    c.setId(key);
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(getter.apply(cd.getValue())));
    return c;
  }
}
