package org.ewcstation.views.aptable;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ewcstation.i18n.SafeText;
import org.ewcstation.i18n.Units;
import org.ewcstation.views.eventlog.EventLogViewModel;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.transfers.TransferRow;
import org.ewcstation.views.transfers.TransfersViewModel;

/**
 * The selected AP in full: its versions, retries, what our servers sent it, and its own log lines and diagnoses
 * (the lines whose peer is its name or its address), so a technician reads one AP's story in one place.
 */
public final class ApDetailPane {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ApTableViewModel model;
    private final EventLogViewModel log;
    private final TransfersViewModel transfers;
    private final Localization loc;
    private final GridPane facts = new GridPane();
    private final Label title = new Label();
    private FilteredList<LogEntry> lines;

    public ApDetailPane(ApTableViewModel model, EventLogViewModel log, TransfersViewModel transfers, Localization loc) {
        this.model = model;
        this.log = log;
        this.transfers = transfers;
        this.loc = loc;
    }

    public Node build() {
        title.setId("apDetailTitle");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Button close = new Button("×");
        close.setId("apDetailClose");
        close.getStyleClass().add("small-button");
        close.setFocusTraversable(false);
        close.setOnAction(e -> model.selectedProperty().set(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, close);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().setAll(keys, values);
        facts.setHgap(8);
        facts.setVgap(3);
        facts.setId("apDetailFacts");
        lines = new FilteredList<>(log.allEntries(), e -> false);
        ListView<LogEntry> list = new ListView<>(lines);
        list.setId("apDetailLog");
        list.setCellFactory(v -> new LineCell());
        Label linesTitle = new Label();
        linesTitle.textProperty().bind(loc.text("aptable.detail.log", Bindings.size(lines)));
        linesTitle.getStyleClass().add("section-title");
        Label empty = new Label();
        empty.textProperty().bind(loc.text("aptable.detail.noLog"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox box = new VBox(6, head, facts, linesTitle, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.setId("apDetail");
        box.getStyleClass().add("ap-detail");
        box.setMinWidth(200);
        model.selectedProperty().subscribe(this::render);
        loc.messagesProperty().subscribe(m -> render(model.selectedProperty().get()));
        transfers.rows().subscribe(() -> render(model.selectedProperty().get()));
        return box;
    }

    private void render(ApRow ap) {
        facts.getChildren().clear();
        if (ap == null) {
            title.setText("");
            lines.setPredicate(e -> false);
            return;
        }
        title.setText(SafeText.line(ap.name()));
        row(0, "aptable.column.model", ap.model() + (ap.imageType().isEmpty() ? "" : "  (" + ap.imageType() + ")"));
        row(1, "aptable.column.ip", ap.ip() + (ap.ethernetMac().isEmpty() ? "" : "  " + ap.ethernetMac()));
        row(2, "aptable.column.predownloadStatus", model.statusLabel(ap.predownloadStatus()));
        row(3, "aptable.column.primary", ap.primaryImage());
        row(4, "aptable.column.backup", ap.backupImage());
        row(5, "aptable.column.predownloadVersion", ap.predownloadVersion());
        row(6, "aptable.column.retries", ap.retries() + (ap.nextRetry().isEmpty() ? "" : "  → " + ap.nextRetry()));
        row(7, "aptable.column.progress", ap.percent() < 0 ? "" : ap.progressText());
        row(8, "aptable.detail.transfers", transferText(ap));
        String name = ap.name();
        String ip = ap.ip();
        lines.setPredicate(e -> e.peer() != null
                && (e.peer().equals(name)
                        || (!ip.isEmpty() && (e.peer().equals(ip) || e.peer().startsWith(ip + ":")))));
    }

    private String transferText(ApRow ap) {
        if (ap.ip().isEmpty()) {
            return "";
        }
        List<TransferRow> mine = transfers.rows().stream()
                .filter(t -> t.peer() != null
                        && (t.peer().equals(ap.ip()) || t.peer().startsWith(ap.ip() + ":")))
                .toList();
        long bytes = mine.stream().mapToLong(TransferRow::bytes).sum();
        long size = mine.stream().mapToLong(t -> Math.max(0, t.size())).sum();
        return loc.now("aptable.detail.transferred", mine.size(), Units.bytes(bytes), Units.bytes(size));
    }

    private void row(int r, String key, String value) {
        Label k = new Label(loc.now(key));
        k.getStyleClass().add("detail-key");
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.setWrapText(true);
        v.setTooltip(new Tooltip(v.getText()));
        v.getStyleClass().add("detail-value");
        facts.addRow(r, k, v);
    }

    /** One log line, wrapped: time, then the text in the current language. */
    private final class LineCell extends ListCell<LogEntry> {
        LineCell() {
            setWrapText(true);
            prefWidthProperty().set(0);
        }

        @Override
        protected void updateItem(LogEntry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().removeAll("level-warning", "level-error");
            if (empty || e == null) {
                setText(null);
                return;
            }
            setText(TIME.format(e.time()) + "  " + log.render(e));
            if (e.level() != LogEntry.Level.INFO) {
                getStyleClass().add(e.level() == LogEntry.Level.ERROR ? "level-error" : "level-warning");
            }
        }
    }
}
