package org.ewcstation.views.history;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.history.RunDetail;
import org.ewcstation.services.history.RunDetail.ApResult;
import org.ewcstation.services.history.TimelineEntry;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.views.fx.UiExecutors;

/**
 * One run's view: its per-AP results and its timeline, read from the history in the background; filtered to one AP
 * or to problems. A run being watched reloads as it changes ({@link #changed}), at most one read at a time.
 */
public final class RunViewModel {

    private final long runId;
    private final UpgradeHistory history;
    private final UiExecutors executors;
    private final ReadOnlyObjectWrapper<RunDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> problem = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ApResult> aps = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final FilteredList<TimelineEntry> visible = new FilteredList<>(timeline);
    private final ObjectProperty<String> ap = new SimpleObjectProperty<>();
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    RunViewModel(long runId, UpgradeHistory history, UiExecutors executors) {
        this.runId = runId;
        this.history = history;
        this.executors = executors;
        ap.addListener((obs, old, now) -> filter());
        problemsOnly.addListener((obs, old, now) -> filter());
    }

    public long runId() {
        return runId;
    }

    /** Reads the run again; a call while a read is under way makes one more read after it, never two at once. */
    public void reload() {
        if (!reading.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        executors.background().execute(() -> {
            Optional<RunDetail> read;
            try {
                read = history.report(runId).map(RunDetail::of);
            } catch (RuntimeException e) {
                read = null;
            }
            Optional<RunDetail> result = read;
            executors.fx().execute(() -> {
                apply(result);
                reading.set(false);
                if (again.getAndSet(false)) {
                    reload();
                }
            });
        });
    }

    /** The run was written to (a poll, a transfer, a diagnosis, its end). */
    public void changed() {
        reload();
    }

    private void apply(Optional<RunDetail> read) {
        if (read == null || read.isEmpty()) {
            problem.set(Msg.of("history.run.missing", runId));
            return;
        }
        problem.set(null);
        RunDetail d = read.get();
        detail.set(d);
        // in place, so a selected AP stays selected across a live reload
        if (!aps.equals(d.aps())) {
            String keep = ap.get();
            aps.setAll(d.aps());
            ap.set(keep != null && d.aps().stream().anyMatch(a -> a.name().equals(keep)) ? keep : null);
        }
        if (timeline.size() != d.timeline().size() || !timeline.equals(d.timeline())) {
            timeline.setAll(d.timeline());
        }
    }

    private void filter() {
        String only = ap.get();
        Predicate<TimelineEntry> p =
                e -> (only == null || e.concerns(only)) && (!problemsOnly.get() || e.severity() != Severity.INFO);
        visible.setPredicate(p);
    }

    public ReadOnlyObjectProperty<RunDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Set when the run cannot be read (deleted, store error). */
    public ReadOnlyObjectProperty<Msg> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<ApResult> aps() {
        return aps;
    }

    /** The timeline after the AP and problems-only filters. */
    public ObservableList<TimelineEntry> visibleTimeline() {
        return visible;
    }

    /** The AP the timeline is narrowed to; null for all. */
    public ObjectProperty<String> apFilterProperty() {
        return ap;
    }

    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }
}
