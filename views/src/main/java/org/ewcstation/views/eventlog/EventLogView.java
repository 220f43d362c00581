package org.ewcstation.views.eventlog;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.ewcstation.i18n.Msg;
import org.ewcstation.views.fx.Columns;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.FxBridge;
import org.ewcstation.views.fx.Localization;

/** The bottom pane: one timeline of transfers, syslog, the SSH transcript and diagnoses. */
public final class EventLogView {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final Set<KeyCode> UP_KEYS = Set.of(KeyCode.UP, KeyCode.PAGE_UP, KeyCode.HOME, KeyCode.KP_UP);

    private final EventLogViewModel model;
    private boolean scrollPending;
    private boolean checkBottom;
    private boolean alignAfterLayout;
    private final Localization loc;
    private final Dialogs dialogs;

    public EventLogView(EventLogViewModel model, Localization loc, Dialogs dialogs) {
        this.model = model;
        this.loc = loc;
        this.dialogs = dialogs;
    }

    public Parent build() {
        TableView<LogEntry> table = table();
        VBox box = new VBox(header(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private HBox header() {
        HBox sources = new HBox(2);
        sources.getStyleClass().add("segmented");
        for (LogEntry.Source s : LogEntry.Source.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("logSource-" + s.name());
            b.textProperty().bind(loc.text("log.source." + s.name()));
            b.setSelected(model.sources().contains(s));
            b.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.sources().add(s);
                } else {
                    model.sources().remove(s);
                }
            });
            sources.getChildren().add(b);
        }
        ChoiceBox<LogEntry.Level> level = new ChoiceBox<>();
        level.setId("logLevel");
        level.getItems().addAll(LogEntry.Level.values());
        level.valueProperty().bindBidirectional(model.minLevelProperty());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(LogEntry.Level l) {
                return l == null ? "" : loc.now("log.level.min." + l.name());
            }

            @Override
            public LogEntry.Level fromString(String s) {
                return null;
            }
        });
        // A ChoiceBox re-renders its label only when the value changes: nudge it after a language switch.
        loc.messagesProperty().addListener((obs, old, now) -> {
            LogEntry.Level v = model.minLevelProperty().get();
            level.valueProperty().unbindBidirectional(model.minLevelProperty());
            level.setValue(null);
            level.setValue(v);
            level.valueProperty().bindBidirectional(model.minLevelProperty());
        });
        ToggleButton follow = new ToggleButton();
        follow.setId("logFollow");
        follow.textProperty().bind(loc.text("log.follow"));
        follow.selectedProperty().bindBidirectional(model.followTailProperty());
        Button export = new Button();
        export.setId("logExport");
        export.textProperty().bind(loc.text("log.export"));
        export.setOnAction(e -> export());
        var search = TextFields.createClearableTextField();
        search.setId("logSearch");
        search.promptTextProperty().bind(loc.text("log.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Control c : new Control[] {level, follow, export}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        sources.getChildren().forEach(n -> ((Control) n).setMinWidth(Region.USE_PREF_SIZE));
        sources.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(90);
        HBox header = new HBox(8, sources, level, spacer, follow, export, search);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        return header;
    }

    private void export() {
        dialogs.chooseSaveFile("log.export.title", "ewc-station-log.txt", "txt").ifPresent(file -> {
            try {
                int n = model.export(file);
                dialogs.notify(Msg.of("log.export.done", n, file.toString()), false);
            } catch (IOException ex) {
                dialogs.error(
                        "log.export.title",
                        Msg.of("log.export.failed", file.toString(), String.valueOf(ex.getMessage())));
            }
        });
    }

    private TableView<LogEntry> table() {
        TableView<LogEntry> table = new TableView<>(model.visibleEntries());
        table.setId("logTable");
        TableColumn<LogEntry, String> message = column("log.column.message", model::render, 700);
        message.setCellFactory(c -> new MessageCell());
        table.getColumns()
                .addAll(
                        column("log.column.time", e -> TIME.format(e.time()), 100),
                        column(
                                "log.column.source",
                                e -> loc.now("log.source." + e.source().name()),
                                70),
                        column("log.column.peer", LogEntry::peer, 130),
                        levelColumn(),
                        message);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        loc.messagesProperty().addListener((obs, old, now) -> table.refresh());
        Label empty = new Label();
        empty.textProperty().bind(loc.text("log.empty"));
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        followTail(table);
        return table;
    }

    /**
     * Keeps the newest line in view while following. Only the user turns it off, by scrolling up (wheel, scroll bar,
     * keys); reaching the bottom again turns it back on. The scroll position itself is no signal: rows of several
     * lines change the table's estimated height, which moves the scroll bar without anyone touching it.
     */
    private void followTail(TableView<LogEntry> table) {
        // after the table has taken the change in (its skin listens to the same list, after this listener)
        model.visibleEntries().addListener((ListChangeListener<LogEntry>) c -> {
            if (model.followTailProperty().get() && !scrollPending) {
                scrollPending = true;
                FxBridge.later(() -> {
                    scrollPending = false;
                    if (model.followTailProperty().get()) {
                        scrollToEnd(table);
                    }
                });
            }
        });
        model.followTailProperty().subscribe(on -> {
            if (on) {
                scrollToEnd(table);
            }
        });
        checkAfterLayout(table);
        table.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                model.followTailProperty().set(false);
            }
        });
        table.addEventHandler(ScrollEvent.SCROLL, e -> resumeAtBottom());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UP_KEYS.contains(e.getCode())) {
                model.followTailProperty().set(false);
            }
        });
        table.addEventHandler(KeyEvent.KEY_RELEASED, e -> resumeAtBottom());
        // the scroll bar: dragging the thumb or clicking the track
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (onVerticalBar(e)) {
                model.followTailProperty().set(false);
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (onVerticalBar(e)) {
                resumeAtBottom();
            }
        });
    }

    private static boolean onVerticalBar(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof ScrollBar sb) {
                return sb.getOrientation() == Orientation.VERTICAL;
            }
        }
        return false;
    }

    /**
     * The last line in view. The flow estimates the height of rows it has not measured, so scrolling can land short
     * of the end when rows have several lines: after the next layout (no extra one is forced), the flow aligns the
     * last row with the bottom if it is not there yet.
     */
    private void scrollToEnd(TableView<LogEntry> table) {
        int last = table.getItems().size() - 1;
        if (last < 0) {
            return;
        }
        // To the index, not VirtualFlow.setPosition(1.0): a flow placed at the end by position, from estimated
        // heights, made the renderer repaint the whole window several times a second while lines arrived (the
        // pulse log showed full-scene paints of 80-120 ms on the software pipeline); by index it repaints the log.
        table.scrollTo(last);
        alignAfterLayout = true;
    }

    /** After the user scrolled: at the last line (seen after the next layout), following resumes. */
    private void resumeAtBottom() {
        checkBottom = true;
        Platform.requestNextPulse();
    }

    private void checkAfterLayout(TableView<LogEntry> table) {
        table.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.addPostLayoutPulseListener(() -> {
                    if (alignAfterLayout) {
                        alignAfterLayout = false;
                        int last = table.getItems().size() - 1;
                        if (model.followTailProperty().get()
                                && last >= 0
                                && !atBottom(table)
                                && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                            flow.scrollTo(last);
                        }
                    }
                    if (checkBottom) {
                        checkBottom = false;
                        if (atBottom(table)) {
                            model.followTailProperty().set(true);
                        }
                    }
                });
            }
        });
    }

    static boolean atBottom(TableView<?> table) {
        int size = table.getItems().size();
        if (size == 0) {
            return true;
        }
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getLastVisibleCell() != null) {
            var last = flow.getLastVisibleCell();
            return last.getIndex() >= size - 1 && last.getBoundsInParent().getMaxY() <= flow.getHeight() + 1;
        }
        return false;
    }

    /** A log line: cut at the column's width, the whole text (syslog, multi-line output) on hover. */
    private static final class MessageCell extends TableCell<LogEntry, String> {
        private final Tooltip whole = new Tooltip();

        MessageCell() {
            whole.setWrapText(true);
            whole.setMaxWidth(720);
            // installed once: installing per update would churn event handlers at 200 lines a second
            setTooltip(whole);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            whole.setText(empty ? null : text);
        }
    }

    private TableColumn<LogEntry, LogEntry.Level> levelColumn() {
        TableColumn<LogEntry, LogEntry.Level> c = column("log.column.level", LogEntry::level, 80);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LogEntry.Level item, boolean empty) {
                super.updateItem(item, empty);
                // pseudo-classes: a log scrolling at 200 lines a second must not rebuild each cell's CSS
                pseudoClassStateChanged(WARNING, !empty && item == LogEntry.Level.WARNING);
                pseudoClassStateChanged(ERROR, !empty && item == LogEntry.Level.ERROR);
                setText(empty || item == null ? null : loc.now("log.level." + item.name()));
            }
        });
        return c;
    }

    private <T> TableColumn<LogEntry, T> column(String key, Function<LogEntry, T> getter, double width) {
        return Columns.of(loc, key, getter, width);
    }
}
