package org.ewcstation.views.aptable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.ewcstation.i18n.Msg;
import org.ewcstation.views.fx.Columns;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;

/** The centre of the window: counters, filter box and the AP table with its final columns. */
public final class ApTableView {

    static final long FLASH_MILLIS = 1500;
    /** The name cells the frozen table made (about a screenful); weak, so cells a table drops can go. */
    private final Set<NameCell> liveCells = Collections.newSetFromMap(new WeakHashMap<>());

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final ApTableViewModel model;
    private final Localization loc;
    private final Dialogs dialogs;
    static final double ROW_HEIGHT = 26;

    private TableView<ApItem> table;
    private TableView<ApItem> names;

    public ApTableView(ApTableViewModel model, Localization loc, Dialogs dialogs) {
        this.model = model;
        this.loc = loc;
        this.dialogs = dialogs;
    }

    public TableView<ApItem> table() {
        return table;
    }

    public Parent build() {
        table = new TableView<>(model.visibleRows());
        table.setId("apTable");
        names = new TableView<>(model.visibleRows());
        names.setId("apNames");
        for (TableView<ApItem> t : List.of(table, names)) {
            t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        }
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<ApItem, String> name = column("aptable.column.name", ApRow::name, 150);
        name.setCellFactory(c -> new NameCell());
        names.getColumns().add(name);
        names.setPrefWidth(152);
        table.getColumns().addAll(columns());
        // the column chooser: the table's own menu button lists every column with a check box
        table.setTableMenuButtonVisible(true);
        Label empty = new Label();
        empty.textProperty().bind(loc.text("aptable.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        names.setPlaceholder(new Label());
        Node both = new FrozenColumn<>(names, table, model.orderProperty(), ROW_HEIGHT).layout();
        copyAndExport();
        followSelection();
        model.setPresenter(this::update);
        // the rows stay the same objects across a language switch: their cells must be told (status words)
        loc.messagesProperty().addListener((obs, old, now) -> table.refresh());
        VBox box = new VBox(header(), both);
        VBox.setVgrow(both, Priority.ALWAYS);
        return box;
    }

    /**
     * Name is frozen on the left; Status and Progress/ETA come first so they stay in view at 1280 px; the rarer
     * columns start hidden, one click away in the column chooser (their choice is remembered).
     */
    private List<TableColumn<ApItem, ?>> columns() {
        List<TableColumn<ApItem, ?>> shown = List.of(
                statusColumn(),
                progressColumn(),
                column("aptable.column.model", ApRow::model, 130),
                column("aptable.column.primary", ApRow::primaryImage, 110),
                column("aptable.column.predownloadVersion", ApRow::predownloadVersion, 110),
                column("aptable.column.retries", ApRow::retries, 70));
        List<TableColumn<ApItem, ?>> hidden = List.of(
                column("aptable.column.imageType", ApRow::imageType, 80),
                column("aptable.column.ip", ApRow::ip, 110),
                column("aptable.column.ethernetMac", ApRow::ethernetMac, 120),
                column("aptable.column.backup", ApRow::backupImage, 100),
                column("aptable.column.nextRetry", ApRow::nextRetry, 100),
                column("aptable.column.method", ApRow::method, 80));
        hidden.forEach(c -> c.setVisible(false));
        List<TableColumn<ApItem, ?>> all = new ArrayList<>(shown);
        all.addAll(hidden);
        return all;
    }

    /** The detail pane shows the selected AP, and its newest row after each poll. */
    private void followSelection() {
        table.getSelectionModel().selectedItemProperty().subscribe(i -> {
            if (i != null || table.getSelectionModel().isEmpty()) {
                model.selectedProperty().set(i == null ? null : i.row());
            }
        });
        model.selectedProperty().subscribe(r -> {
            if (r == null) {
                table.getSelectionModel().clearSelection();
            }
        });
    }

    /**
     * Shows a new snapshot (FX thread). The APs stay the same objects, so the selection stays with them by itself;
     * it is restored by name only when APs coming or going made the table lose it. Rows that changed glow briefly.
     */
    public void update(List<ApRow> snapshot) {
        Set<String> selected = selectedNames();
        model.setRows(snapshot, System.currentTimeMillis());
        if (!selected.isEmpty() && !selected.equals(selectedNames())) {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (selected.contains(table.getItems().get(i).name())) {
                    table.getSelectionModel().select(i);
                }
            }
        }
        ApRow shown = model.selectedProperty().get();
        if (shown != null) {
            model.item(shown.name()).ifPresent(i -> model.selectedProperty().set(i.row()));
        }
        flash();
    }

    private Set<String> selectedNames() {
        Set<String> names = new HashSet<>();
        table.getSelectionModel().getSelectedItems().forEach(i -> names.add(i.name()));
        return names;
    }

    private void flash() {
        // The cells on screen check their glow now and again when it ends. Not table.refresh(): that throws every
        // cell away and builds and styles new ones, the largest stall of the FX thread while 1000 APs change.
        liveCells.forEach(NameCell::updateGlow);
        PauseTransition later = new PauseTransition(Duration.millis(FLASH_MILLIS));
        later.setOnFinished(e -> liveCells.forEach(NameCell::updateGlow));
        later.play();
    }

    /**
     * The AP's name, glowing briefly when the AP changed in the last snapshot. The name cell, not the row: a state
     * of the row restyles every node of every cell in it, twice per change, which at 1000 APs a second cost more
     * than the update itself.
     */
    private final class NameCell extends TableCell<ApItem, String> {
        NameCell() {
            getStyleClass().add("ap-name-cell");
            liveCells.add(this);
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty ? null : name);
            updateGlow();
        }

        void updateGlow() {
            String name = getItem();
            pseudoClassStateChanged(
                    CHANGED,
                    !isEmpty()
                            && name != null
                            && model.recentlyChanged(name, System.currentTimeMillis(), FLASH_MILLIS));
        }
    }

    private HBox header() {
        Label title = new Label();
        title.textProperty().bind(loc.text("aptable.title"));
        title.getStyleClass().add("section-title");
        HBox counters = new ApCounters(model, loc).build();
        CustomTextField filter = (CustomTextField) TextFields.createClearableTextField();
        filter.setId("apFilter");
        filter.promptTextProperty().bind(loc.text("aptable.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(24);
        Button export = new Button();
        export.setId("apExport");
        export.textProperty().bind(loc.text("aptable.export"));
        export.setOnAction(e -> exportCsv());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        filter.setMinWidth(90);
        title.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, title, counters, spacer, filter, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 6, 8));
        return header;
    }

    private void copyAndExport() {
        MenuItem copy = new MenuItem();
        copy.textProperty().bind(loc.text("aptable.copy"));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> copySelection());
        MenuItem export = new MenuItem();
        export.textProperty().bind(loc.text("aptable.export"));
        export.setOnAction(e -> exportCsv());
        table.setContextMenu(new ContextMenu(copy, export));
        table.setOnKeyPressed(e -> {
            if (copy.getAccelerator().match(e)) {
                copySelection();
                e.consume();
            }
        });
    }

    /** Copies the selected rows (or all visible ones when none is selected) as tab-separated text. */
    public String copySelection() {
        List<ApRow> rows = (table.getSelectionModel().getSelectedItems().isEmpty()
                        ? table.getItems()
                        : table.getSelectionModel().getSelectedItems())
                .stream().map(ApItem::row).toList();
        String text = ApTableExport.tsv(headers(), rows, model::statusLabel);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return text;
    }

    private void exportCsv() {
        dialogs.chooseSaveFile("aptable.export.title", "access-points.csv", "csv")
                .ifPresent(file -> {
                    try {
                        // A byte-order mark so spreadsheet programs open Japanese text as UTF-8.
                        Files.writeString(
                                file,
                                "\uFEFF"
                                        + ApTableExport.csv(
                                                headers(),
                                                table.getItems().stream()
                                                        .map(ApItem::row)
                                                        .toList(),
                                                model::statusLabel),
                                StandardCharsets.UTF_8);
                        dialogs.notify(
                                Msg.of("aptable.export.done", table.getItems().size(), file.toString()), false);
                    } catch (IOException ex) {
                        dialogs.error(
                                "aptable.export.title",
                                Msg.of("log.export.failed", file.toString(), String.valueOf(ex.getMessage())));
                    }
                });
    }

    private List<String> headers() {
        return ApTableExport.HEADER_KEYS.stream().map(k -> loc.now(k)).toList();
    }

    private TableColumn<ApItem, ApRow> statusColumn() {
        TableColumn<ApItem, ApRow> c = column("aptable.column.predownloadStatus", r -> r, 130);
        c.setCellFactory(col -> new StatusChipCell(model, loc));
        c.setComparator(Comparator.comparing(r -> model.statusLabel(r.predownloadStatus())));
        return c;
    }

    private TableColumn<ApItem, ApRow> progressColumn() {
        TableColumn<ApItem, ApRow> c = column("aptable.column.progress", r -> r, 170);
        c.setComparator(Comparator.comparingDouble(ApRow::percent));
        c.setCellFactory(col -> new ProgressCell());
        return c;
    }

    /** A column whose cells follow the AP's row: a poll that changes the value redraws that cell only. */
    private <T> TableColumn<ApItem, T> column(String key, Function<ApRow, T> getter, double width) {
        return Columns.observing(loc, key, item -> item.rowProperty().map(getter), width);
    }
}
