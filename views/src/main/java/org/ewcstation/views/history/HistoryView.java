package org.ewcstation.views.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ewcstation.services.history.RunOutcome;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.views.fx.Columns;
import org.ewcstation.views.fx.Localization;

/** The upgrade history: one row per run, and the report of the selected one. */
public final class HistoryView {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final HistoryViewModel model;
    private final Localization loc;

    public HistoryView(HistoryViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
    }

    public Parent build() {
        TableView<RunSummary> table = new TableView<>(model.runs());
        table.setId("historyTable");
        table.getStyleClass().add("two-line-headers");
        table.getColumns()
                .addAll(
                        column("history.column.run", r -> Long.toString(r.id()), 50),
                        column("history.column.started", r -> TIME.format(r.startedAt()), 130),
                        column(
                                "history.column.ended",
                                r -> r.endedAt().map(TIME::format).orElse(""),
                                130),
                        column("history.column.controller", RunSummary::controllerShort, 160),
                        column("history.column.bundle", r -> r.bundlePath() + " (" + r.bundleVersion() + ")", 200),
                        column("history.column.mode", r -> r.mode() + " " + r.server(), 150),
                        stateColumn());
        loc.messagesProperty().addListener((obs, old, now) -> table.refresh());
        Label empty = new Label();
        empty.textProperty().bind(loc.text("report.export.none"));
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        Button refresh = new Button();
        refresh.textProperty().bind(loc.text("history.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Button export = new Button();
        export.setId("historyExport");
        export.textProperty().bind(loc.text("menu.file.exportReport"));
        export.setOnAction(e -> model.export(table.getSelectionModel().getSelectedItem()));
        Button open = new Button();
        open.setId("historyOpen");
        open.textProperty().bind(loc.text("history.open"));
        open.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(table));
        Button resume = new Button();
        resume.setId("historyResume");
        resume.textProperty().bind(loc.text("history.resume"));
        resume.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            RunSummary r = table.getSelectionModel().getSelectedItem();
                            return r == null || r.state() != RunState.INTERRUPTED;
                        },
                        table.getSelectionModel().selectedItemProperty()));
        resume.setOnAction(e -> model.resume(table.getSelectionModel().getSelectedItem()));
        table.setRowFactory(tv -> {
            TableRow<RunSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(table);
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(table);
            }
        });
        Label hint = new Label();
        hint.textProperty().bind(loc.text("history.open.hint"));
        hint.getStyleClass().add("run-detail");
        HBox bar = new HBox(8, open, resume, export, refresh, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        VBox box = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        model.refresh();
        return box;
    }

    private TableColumn<RunSummary, RunOutcome> stateColumn() {
        TableColumn<RunSummary, RunOutcome> c = column("history.column.state", RunSummary::outcome, 130);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(RunOutcome state, boolean empty) {
                super.updateItem(state, empty);
                if (empty || state == null) {
                    setGraphic(null);
                    return;
                }
                StateChip.style(chip, state);
                chip.setText(loc.now(state.key()));
                setGraphic(chip);
            }
        });
        return c;
    }

    private void open(TableView<RunSummary> table) {
        RunSummary r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            RunWindow.show(table.getScene().getWindow(), model, r.id(), loc);
        }
    }

    private <T> TableColumn<RunSummary, T> column(String key, Function<RunSummary, T> getter, double width) {
        return Columns.of(loc, key, getter, width);
    }
}
