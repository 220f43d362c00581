package org.ewcstation.views.aptable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.views.fx.Localization;

/**
 * The AP table's state: rows, the filter text, the counter chip chosen as a filter, the counters of
 * {@code show ap image}, the selected AP, and which rows just changed (the view flashes them).
 */
public final class ApTableViewModel {

    private final ObservableList<ApRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ApRow> filtered = new FilteredList<>(rows, r -> true);
    private final SortedList<ApRow> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<StatusChip> chip = new SimpleObjectProperty<>();
    private final ObjectProperty<ApRow> selected = new SimpleObjectProperty<>();
    private final Localization loc;
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty initiated = new SimpleIntegerProperty();
    private final IntegerProperty predownloading = new SimpleIntegerProperty();
    private final IntegerProperty complete = new SimpleIntegerProperty();
    private final IntegerProperty failed = new SimpleIntegerProperty();
    private final Map<String, Long> changedAt = new HashMap<>();

    private Consumer<List<ApRow>> presenter = rows -> setRows(rows, System.currentTimeMillis());

    /** The view replaces the default presenter to keep selection and flash changed rows. */
    public void setPresenter(Consumer<List<ApRow>> presenter) {
        this.presenter = presenter;
    }

    /** Shows a new snapshot (FX thread). */
    public void present(List<ApRow> snapshot) {
        presenter.accept(snapshot);
    }

    public ApTableViewModel(Localization loc) {
        this.loc = loc;
        filter.addListener((obs, old, now) -> refilter());
        chip.addListener((obs, old, now) -> refilter());
        loc.messagesProperty().addListener((obs, old, now) -> refilter());
    }

    /** The status as the table shows it, in the current language. */
    public String statusLabel(String status) {
        return loc.messages().text(PredownloadPhase.label(status));
    }

    private void refilter() {
        String text = filter.get();
        StatusChip only = chip.get();
        filtered.setPredicate(r ->
                (only == null || StatusChip.of(r.predownloadStatus()) == only) && r.matches(text, this::statusLabel));
    }

    /**
     * Replaces the rows with a new snapshot (FX thread), recounts, and returns the names of the rows that
     * differ from the previous snapshot.
     */
    public Set<String> setRows(List<ApRow> snapshot, long nowMillis) {
        Map<String, ApRow> before = rows.stream().collect(Collectors.toMap(ApRow::name, r -> r, (a, b) -> a));
        Set<String> changed = snapshot.stream()
                .filter(r -> before.containsKey(r.name()) && !r.equals(before.get(r.name())))
                .map(ApRow::name)
                .collect(Collectors.toSet());
        changed.forEach(n -> changedAt.put(n, nowMillis));
        // One change event for the whole snapshot: per-row set() would re-sort and re-filter once per AP,
        // which is quadratic at a few thousand APs. Order: APs already listed keep their place, new ones follow.
        Map<String, ApRow> next = new LinkedHashMap<>();
        snapshot.forEach(r -> next.putIfAbsent(r.name(), r));
        List<ApRow> ordered = new ArrayList<>(next.size());
        for (ApRow r : rows) {
            ApRow now = next.remove(r.name());
            if (now != null) {
                ordered.add(now);
            }
        }
        ordered.addAll(next.values());
        rows.setAll(ordered);
        recount(snapshot);
        return changed;
    }

    private void recount(List<ApRow> snapshot) {
        total.set(snapshot.size());
        initiated.set(count(snapshot, StatusChip.INITIATED));
        predownloading.set(count(snapshot, StatusChip.ACTIVE));
        complete.set(count(snapshot, StatusChip.COMPLETE));
        failed.set(count(snapshot, StatusChip.FAILED));
    }

    private static int count(List<ApRow> rows, StatusChip chip) {
        return (int) rows.stream()
                .filter(r -> StatusChip.of(r.predownloadStatus()) == chip)
                .count();
    }

    /** Whether {@code name} changed within {@code windowMillis} of {@code nowMillis}. */
    public boolean recentlyChanged(String name, long nowMillis, long windowMillis) {
        Long t = changedAt.get(name);
        return t != null && nowMillis - t < windowMillis;
    }

    public ObservableList<ApRow> allRows() {
        return rows;
    }

    public SortedList<ApRow> visibleRows() {
        return sorted;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The counter chip chosen as a filter: only the APs of that group are listed; null lists all. */
    public ObjectProperty<StatusChip> chipProperty() {
        return chip;
    }

    /** The AP the detail pane shows (the table's selection, kept across snapshots by name). */
    public ObjectProperty<ApRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyIntegerProperty initiatedProperty() {
        return initiated;
    }

    public ReadOnlyIntegerProperty predownloadingProperty() {
        return predownloading;
    }

    public ReadOnlyIntegerProperty completeProperty() {
        return complete;
    }

    public ReadOnlyIntegerProperty failedProperty() {
        return failed;
    }
}
