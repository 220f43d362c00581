package org.ewcstation.views.transfers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.ewcstation.i18n.Units;
import org.ewcstation.views.fx.Columns;
import org.ewcstation.views.fx.Localization;

/** Running and finished transfers, as a TFTP server's window shows them, with rate and ETA. */
public final class TransfersView {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final TransfersViewModel model;
    private final Localization loc;

    public TransfersView(TransfersViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
    }

    public Parent build() {
        TableView<TransferRow> table = new TableView<>(model.rows());
        table.setId("transfersTable");
        table.getStyleClass().add("two-line-headers");
        table.getColumns()
                .addAll(
                        column("transfers.column.protocol", r -> r.protocol().name(), 60),
                        column("transfers.column.peer", TransferRow::peer, 140),
                        column("transfers.column.file", TransferRow::file, 220),
                        column("transfers.column.started", r -> TIME.format(r.started()), 80),
                        progressColumn(),
                        column(
                                "transfers.column.bytes",
                                r -> Units.bytes(r.bytes()) + " / " + Units.bytes(r.size()),
                                150),
                        column("transfers.column.rate", r -> Units.rate(r.bytesPerSecond()), 90),
                        column(
                                "transfers.column.eta",
                                r -> r.running() ? Units.duration(r.eta()) : Units.duration(r.duration()),
                                70),
                        column(
                                "transfers.column.result",
                                r -> loc.now(
                                        r.running() ? "transfers.result.RUNNING" : "transfers.result." + r.result()),
                                160));
        loc.messagesProperty().addListener((obs, old, now) -> table.refresh());
        Label empty = new Label();
        empty.textProperty().bind(loc.text("transfers.empty"));
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        return table;
    }

    private TableColumn<TransferRow, TransferRow> progressColumn() {
        TableColumn<TransferRow, TransferRow> c = column("transfers.column.progress", r -> r, 150);
        c.setCellFactory(col -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label text = new Label();
            private final StackPane box = new StackPane(bar, text);

            {
                bar.setMaxWidth(Double.MAX_VALUE);
                text.getStyleClass().add("progress-text");
            }

            @Override
            protected void updateItem(TransferRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                double f = r.fraction();
                bar.setProgress(f < 0 ? ProgressBar.INDETERMINATE_PROGRESS : f);
                bar.getStyleClass().removeAll("bar-failed", "bar-done");
                if (!r.running()) {
                    bar.getStyleClass().add("COMPLETED".equals(r.result()) ? "bar-done" : "bar-failed");
                }
                text.setText(f < 0 ? "" : Math.round(f * 100) + "%");
                setGraphic(box);
            }
        });
        return c;
    }

    private <T> TableColumn<TransferRow, T> column(String key, Function<TransferRow, T> getter, double width) {
        return Columns.of(loc, key, getter, width);
    }
}
