package org.ewcstation.views.transferlog;

import java.util.Collection;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The log pane's state: a bounded timeline and the search text. */
public final class TransferLogViewModel {

  /** Oldest lines are dropped past this; the full history stays in the store. */
  public static final int MAX_LINES = 20_000;

  private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<LogEntry> visible = new FilteredList<>(entries, e -> true);
  private final StringProperty search = new SimpleStringProperty("");

  public TransferLogViewModel() {
    search.addListener((obs, old, now) -> {
      String n = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
      visible.setPredicate(n.isEmpty() ? e -> true : e -> e.message().toLowerCase(Locale.ROOT).contains(n)
          || (e.peer() != null && e.peer().contains(n)));
    });
  }

  /** Appends a batch (FX thread), trimming the oldest lines past {@link #MAX_LINES}. */
  public void append(Collection<LogEntry> batch) {
    entries.addAll(batch);
    int excess = entries.size() - MAX_LINES;
    if (excess > 0) {
      entries.remove(0, excess);
    }
  }

  public ObservableList<LogEntry> visibleEntries() {
    return visible;
  }

  public StringProperty searchProperty() {
    return search;
  }
}
