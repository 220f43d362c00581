package org.ewcstation.views.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ewcstation.i18n.Units;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.history.ApOutcome;
import org.ewcstation.services.history.RunDetail;
import org.ewcstation.services.history.RunDetail.ApResult;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.TimelineEntry;
import org.ewcstation.views.fx.Columns;
import org.ewcstation.views.fx.Localization;

/**
 * One upgrade run: what was upgraded from which version to which, each AP's result and how long it took, and the
 * timeline of everything recorded (status changes, transfers, diagnoses with what to do), live while it runs.
 */
public final class RunView {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final RunViewModel model;
    private final HistoryViewModel history;
    private final Localization loc;
    private Runnable onClose = () -> {};

    public RunView(RunViewModel model, HistoryViewModel history, Localization loc) {
        this.model = model;
        this.history = history;
        this.loc = loc;
    }

    public RunView onClose(Runnable onClose) {
        this.onClose = onClose;
        return this;
    }

    public Parent build() {
        TableView<ApResult> aps = apTable();
        TableView<TimelineEntry> timeline = timelineTable();
        CheckBox problems = new CheckBox();
        problems.setId("runProblemsOnly");
        problems.textProperty().bind(loc.text("history.run.problemsOnly"));
        problems.selectedProperty().bindBidirectional(model.problemsOnlyProperty());
        CheckBox thisAp = new CheckBox();
        thisAp.setId("runThisAp");
        thisAp.textProperty().bind(loc.text("history.run.thisAp"));
        thisAp.disableProperty()
                .bind(aps.getSelectionModel().selectedItemProperty().isNull());
        Runnable narrow = () -> {
            ApResult sel = aps.getSelectionModel().getSelectedItem();
            model.apFilterProperty().set(thisAp.isSelected() && sel != null ? sel.name() : null);
        };
        thisAp.selectedProperty().subscribe(narrow);
        aps.getSelectionModel().selectedItemProperty().subscribe(narrow);

        Label apTitle = sectionTitle("history.run.aps");
        Label timelineTitle = sectionTitle("history.run.timeline");
        HBox timelineBar = new HBox(12, timelineTitle, spacer(), thisAp, problems);
        timelineBar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, apTitle, aps);
        VBox bottom = new VBox(4, timelineBar, timeline);
        VBox.setVgrow(aps, Priority.ALWAYS);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        top.setPadding(new Insets(6, 10, 6, 10));
        bottom.setPadding(new Insets(6, 10, 6, 10));
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);

        BorderPane root = new BorderPane(split);
        root.setId("runView");
        root.setTop(header());
        root.setBottom(buttons());
        return root;
    }

    private Parent header() {
        Label title = new Label();
        title.setId("runTitle");
        title.getStyleClass().add("run-title");
        Label state = new Label();
        state.setId("runState");
        state.getStyleClass().add("status-chip");
        Label summary = new Label();
        summary.setId("runSummary");
        Label elapsed = new Label();
        elapsed.setId("runElapsed");
        elapsed.getStyleClass().add("run-detail");
        Label downloaded = counter("counter-complete");
        downloaded.setId("runDownloaded");
        Label failed = counter("counter-failed");
        failed.setId("runFailed");
        Label pending = counter("counter");
        pending.setId("runPending");
        Label live = new Label();
        live.setId("runLive");
        live.getStyleClass().add("run-live");
        live.textProperty().bind(loc.text("history.run.live"));
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(loc.text(model.problemProperty()));
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        Runnable render = () -> {
            RunDetail d = model.detailProperty().get();
            if (d == null) {
                title.setText(loc.now("history.run.loading"));
                live.setVisible(false);
                return;
            }
            RunSummary r = d.run();
            title.setText(loc.now("history.run.title", r.id(), r.controllerLabel()));
            state.setText(loc.now(r.outcome().key()));
            StateChip.style(state, r.outcome());
            // the controller's release and the APs' image version are two kinds of number: never one arrow
            summary.setText(loc.now(
                    "history.run.summary",
                    dash(r.controllerVersion()),
                    dash(apFrom(d)),
                    dash(r.bundleVersion()),
                    r.bundlePath(),
                    r.mode(),
                    r.server()));
            elapsed.setText(loc.now(
                    "history.run.elapsed", DAY.format(r.startedAt()), Units.duration(d.elapsed(Instant.now()))));
            downloaded.setText(loc.now("history.run.count.downloaded", d.count(ApOutcome.DOWNLOADED)));
            failed.setText(loc.now("history.run.count.failed", d.count(ApOutcome.FAILED)));
            pending.setText(loc.now("history.run.count.pending", d.count(ApOutcome.PENDING)));
            live.setVisible(r.state() == RunState.RUNNING);
        };
        model.detailProperty().subscribe(render);
        loc.messagesProperty().subscribe(render);
        live.managedProperty().bind(live.visibleProperty());

        HBox first = new HBox(10, title, state, spacer(), live);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox counts = new HBox(8, elapsed, spacer(), downloaded, failed, pending);
        counts.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, first, summary, counts, problem);
        box.getStyleClass().add("run-header");
        box.setPadding(new Insets(10, 12, 8, 12));
        return box;
    }

    private Parent buttons() {
        Button resume = new Button();
        resume.setId("runResume");
        resume.textProperty().bind(loc.text("history.resume"));
        resume.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.detailProperty().get() == null
                                || !model.detailProperty().get().resumable(),
                        model.detailProperty()));
        resume.setOnAction(e -> history.resume(model.detailProperty().get().run()));
        Button export = new Button();
        export.setId("runExport");
        export.textProperty().bind(loc.text("menu.file.exportReport"));
        export.disableProperty().bind(model.detailProperty().isNull());
        export.setOnAction(e -> history.export(model.detailProperty().get().run()));
        Button close = new Button();
        close.setId("runClose");
        close.setCancelButton(true);
        close.textProperty().bind(loc.text("history.run.close"));
        close.setOnAction(e -> onClose.run());
        HBox bar = new HBox(8, resume, spacer(), export, close);
        bar.setPadding(new Insets(8, 12, 10, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<ApResult> apTable() {
        TableView<ApResult> t = new TableView<>(model.aps());
        t.setId("runAps");
        t.getStyleClass().add("two-line-headers");
        t.getColumns()
                .addAll(
                        column("report.ap.name", ApResult::name, 170),
                        column("report.ap.model", ApResult::model, 130),
                        column("report.ap.from", ApResult::fromVersion, 100),
                        column("report.ap.to", ApResult::toVersion, 100),
                        column(
                                "report.ap.status",
                                a -> loc.messages().text(PredownloadPhase.label(a.lastStatus())),
                                120),
                        column("report.ap.retries", ApResult::retries, 60),
                        column(
                                "history.column.took",
                                a -> a.took().map(Units::duration).orElse(""),
                                80),
                        outcomeColumn());
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(placeholder());
        loc.messagesProperty().addListener((obs, old, now) -> t.refresh());
        return t;
    }

    private TableColumn<ApResult, ApOutcome> outcomeColumn() {
        TableColumn<ApResult, ApOutcome> c = column("history.column.outcome", ApResult::outcome, 120);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label chip = new Label();

            {
                chip.getStyleClass().add("status-chip");
            }

            @Override
            protected void updateItem(ApOutcome o, boolean empty) {
                super.updateItem(o, empty);
                if (empty || o == null) {
                    setGraphic(null);
                    return;
                }
                chip.getStyleClass().removeAll("chip-complete", "chip-failed", "chip-none");
                chip.getStyleClass()
                        .add(
                                switch (o) {
                                    case DOWNLOADED -> "chip-complete";
                                    case FAILED -> "chip-failed";
                                    case PENDING -> "chip-none";
                                });
                chip.setText(loc.now(o.key()));
                setGraphic(chip);
            }
        });
        return c;
    }

    private TableView<TimelineEntry> timelineTable() {
        TableView<TimelineEntry> t = new TableView<>(model.visibleTimeline());
        t.setId("runTimeline");
        t.getStyleClass().add("two-line-headers");
        TableColumn<TimelineEntry, String> what = textColumn(
                "history.column.what", e -> loc.now(e.what().key(), e.what().argArray()), 470);
        t.getColumns()
                .addAll(
                        column("history.column.time", e -> TIME.format(e.at()), 70),
                        column("history.column.kind", e -> loc.now(e.kind().key()), 85),
                        column("history.column.subject", TimelineEntry::subject, 140),
                        what,
                        textColumn(
                                "history.column.todo",
                                e -> e.todo()
                                        .map(m -> loc.now(m.key(), m.argArray()))
                                        .orElse(""),
                                160));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("level-warning", "level-error");
                if (!empty && e != null) {
                    switch (e.severity()) {
                        case WARNING -> getStyleClass().add("level-warning");
                        case ERROR -> getStyleClass().add("level-error");
                        case INFO -> {}
                    }
                }
            }
        });
        t.setPlaceholder(placeholder());
        loc.messagesProperty().addListener((obs, old, now) -> t.refresh());
        return t;
    }

    /** Long sentences: the whole text in a tooltip. */
    private TableColumn<TimelineEntry, String> textColumn(
            String key, Function<TimelineEntry, String> text, double width) {
        TableColumn<TimelineEntry, String> c = column(key, text, width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
            }
        });
        return c;
    }

    private <S, T> TableColumn<S, T> column(String key, Function<S, T> getter, double width) {
        return Columns.of(loc, key, getter, width);
    }

    private Label sectionTitle(String key) {
        Label l = new Label();
        l.textProperty().bind(loc.text(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private Label counter(String style) {
        Label l = new Label();
        l.getStyleClass().addAll("counter", style);
        return l;
    }

    private Label placeholder() {
        Label l = new Label();
        l.textProperty().bind(loc.text("history.run.empty"));
        l.getStyleClass().add("empty-state");
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** The AP image versions the APs ran before, as one text ({@code 17.9.4.27}, or several when mixed). */
    static String apFrom(RunDetail d) {
        return d.aps().stream()
                .map(ApResult::fromVersion)
                .filter(v -> v != null && !v.isBlank())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
