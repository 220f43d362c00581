package org.ewcstation.views.aptable;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
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

    private final ObservableList<ApItem> items = FXCollections.observableArrayList();
    private final Map<String, ApItem> byName = new HashMap<>();
    private final FilteredList<ApItem> filtered = new FilteredList<>(items);
    private final SortedList<ApItem> sorted = new SortedList<>(filtered);
    private final ObjectProperty<Comparator<? super ApItem>> order = new SimpleObjectProperty<>();
    /** Bumped when a poll left the sorted rows out of order: a new comparator object makes the list sort again. */
    private final IntegerProperty resort = new SimpleIntegerProperty();

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
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> freshCopy(order.get()), order, resort));
    }

    private static <T> Comparator<T> freshCopy(Comparator<T> c) {
        return c == null ? null : (a, b) -> c.compare(a, b);
    }

    /** The status as the table shows it, in the current language. */
    public String statusLabel(String status) {
        return loc.messages().text(PredownloadPhase.label(status));
    }

    private void refilter() {
        String text = filter.get();
        StatusChip only = chip.get();
        if ((text == null || text.isBlank()) && only == null) {
            filtered.setPredicate(null);
            return;
        }
        filtered.setPredicate(i -> {
            ApRow r = i.row();
            return (only == null || StatusChip.of(r.predownloadStatus()) == only) && r.matches(text, this::statusLabel);
        });
    }

    /**
     * Takes a new snapshot (FX thread): the rows of listed APs are replaced in place, new APs are appended, APs no
     * longer listed are removed; then the filter and the sort order are re-applied if the new values call for it.
     * Recounts, and returns the names of the APs whose row differs from the previous snapshot.
     */
    public Set<String> setRows(List<ApRow> snapshot, long nowMillis) {
        Map<String, ApRow> next = new LinkedHashMap<>();
        snapshot.forEach(r -> next.putIfAbsent(r.name(), r));
        Set<String> changed = new HashSet<>();
        Set<ApItem> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ApItem item : items) {
            ApRow now = next.remove(item.name());
            if (now == null) {
                gone.add(item);
            } else if (item.update(now)) {
                changed.add(item.name());
            }
        }
        changed.forEach(n -> changedAt.put(n, nowMillis));
        // One change event each for the APs gone and the APs new: per-row events would re-sort and re-filter once
        // per AP, which is quadratic at a few thousand APs. APs already listed keep their place, new ones follow.
        if (!gone.isEmpty()) {
            items.removeAll(gone);
            gone.forEach(i -> byName.remove(i.name()));
        }
        if (!next.isEmpty()) {
            List<ApItem> added = next.values().stream().map(ApItem::new).toList();
            added.forEach(i -> byName.put(i.name(), i));
            items.addAll(added);
        }
        if (!changed.isEmpty()) {
            refilterIfMembershipChanged();
            resortIfOutOfOrder();
        }
        recount(snapshot);
        return changed;
    }

    /** The filter is re-applied (a whole-list change) only when a changed value moved an AP in or out of it. */
    private void refilterIfMembershipChanged() {
        Predicate<? super ApItem> p = filtered.getPredicate();
        if (p == null) {
            return;
        }
        Set<ApItem> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(filtered);
        for (ApItem i : items) {
            if (p.test(i) != shown.contains(i)) {
                refilter();
                return;
            }
        }
    }

    private void resortIfOutOfOrder() {
        Comparator<? super ApItem> c = sorted.getComparator();
        if (c == null) {
            return;
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (c.compare(sorted.get(i - 1), sorted.get(i)) > 0) {
                resort.set(resort.get() + 1);
                return;
            }
        }
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

    /** Every AP's row as the last snapshot gave it, in table order before sorting (a copy). */
    public List<ApRow> allRows() {
        return items.stream().map(ApItem::row).toList();
    }

    /** The AP called {@code name}, if listed. */
    public Optional<ApItem> item(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** What the tables show: filtered, then sorted by {@link #orderProperty()}. */
    public SortedList<ApItem> visibleRows() {
        return sorted;
    }

    /** The order the user chose by clicking a header (the view binds it); null keeps the controller's order. */
    public ObjectProperty<Comparator<? super ApItem>> orderProperty() {
        return order;
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
