package org.ewcstation.views.aptable;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A column that stays on the left while the rest scroll sideways: JavaFX tables cannot freeze a column, so the
 * frozen one is a narrow table of its own over the same rows, with the same row height, one selection, one sort
 * and one vertical scroll position (the wide table's scroll bar drives both).
 */
final class FrozenColumn<S> {

    private final TableView<S> frozen;
    private final TableView<S> main;
    private boolean syncing;

    FrozenColumn(
            TableView<S> frozen, TableView<S> main, ObjectProperty<Comparator<? super S>> order, double rowHeight) {
        this.frozen = frozen;
        this.main = main;
        frozen.getStyleClass().addAll("frozen-column", "two-line-headers");
        main.getStyleClass().add("two-line-headers");
        frozen.setFixedCellSize(rowHeight);
        main.setFixedCellSize(rowHeight);
        frozen.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // one sort for both tables: whichever header was clicked last orders the shared rows
        frozen.setSortPolicy(t -> true);
        main.setSortPolicy(t -> true);
        frozen.getSortOrder().addListener((ListChangeListener<Object>) c -> {
            if (!frozen.getSortOrder().isEmpty()) {
                main.getSortOrder().clear();
            }
        });
        main.getSortOrder().addListener((ListChangeListener<Object>) c -> {
            if (!main.getSortOrder().isEmpty()) {
                frozen.getSortOrder().clear();
            }
        });
        order.bind(Bindings.createObjectBinding(
                () -> frozen.getSortOrder().isEmpty() ? main.getComparator() : frozen.getComparator(),
                frozen.comparatorProperty(),
                main.comparatorProperty(),
                frozen.getSortOrder(),
                main.getSortOrder()));
        mirrorSelection(frozen, main);
        mirrorSelection(main, frozen);
    }

    /** The two tables side by side; the frozen one leaves room at the bottom for the wide one's scroll bar. */
    Node layout() {
        Region gap = new Region();
        VBox left = new VBox(frozen, gap);
        VBox.setVgrow(frozen, Priority.ALWAYS);
        HBox box = new HBox(left, main);
        HBox.setHgrow(main, Priority.ALWAYS);
        left.minWidthProperty().bind(frozen.prefWidthProperty());
        main.skinProperty().subscribe(skin -> {
            if (skin != null) {
                bar(main, Orientation.HORIZONTAL)
                        .ifPresent(h -> gap.prefHeightProperty()
                                .bind(Bindings.when(h.visibleProperty())
                                        .then(h.heightProperty())
                                        .otherwise(0.0)));
                linkScrolling();
            }
        });
        frozen.skinProperty().subscribe(skin -> linkScrolling());
        return box;
    }

    private void linkScrolling() {
        Optional<ScrollBar> a = bar(frozen, Orientation.VERTICAL);
        Optional<ScrollBar> b = bar(main, Orientation.VERTICAL);
        if (a.isPresent() && b.isPresent() && !a.get().getProperties().containsKey(FrozenColumn.class)) {
            a.get().getProperties().put(FrozenColumn.class, Boolean.TRUE);
            a.get().valueProperty().bindBidirectional(b.get().valueProperty());
        }
    }

    static Optional<ScrollBar> bar(TableView<?> t, Orientation o) {
        return t.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar sb && sb.getOrientation() == o)
                .map(ScrollBar.class::cast)
                .findFirst();
    }

    private void mirrorSelection(TableView<S> from, TableView<S> to) {
        from.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> {
            if (syncing) {
                return;
            }
            syncing = true;
            try {
                List<Integer> picked = List.copyOf(from.getSelectionModel().getSelectedIndices());
                to.getSelectionModel().clearSelection();
                picked.forEach(i -> to.getSelectionModel().select(i));
                int focus = from.getFocusModel().getFocusedIndex();
                if (focus >= 0) {
                    to.getFocusModel().focus(focus);
                }
            } finally {
                syncing = false;
            }
        });
    }
}
