package org.ewcstation.views.aptable;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The AP table's state: rows, the filter text and the counters of {@code show ap image}. */
public final class ApTableViewModel {

  private final ObservableList<ApRow> rows = FXCollections.observableArrayList();
  private final FilteredList<ApRow> filtered = new FilteredList<>(rows, r -> true);
  private final StringProperty filter = new SimpleStringProperty("");
  private final IntegerProperty total = new SimpleIntegerProperty();
  private final IntegerProperty initiated = new SimpleIntegerProperty();
  private final IntegerProperty predownloading = new SimpleIntegerProperty();
  private final IntegerProperty complete = new SimpleIntegerProperty();
  private final IntegerProperty failed = new SimpleIntegerProperty();

  public ApTableViewModel() {
    filter.addListener((obs, old, now) -> filtered.setPredicate(r -> r.matches(now)));
  }

  /** Replaces the rows with a new snapshot (FX thread) and recounts. */
  public void setRows(List<ApRow> snapshot) {
    rows.setAll(snapshot);
    total.set(snapshot.size());
    initiated.set(count(snapshot, "initiated"));
    predownloading.set(count(snapshot, "predownloading"));
    complete.set(count(snapshot, "complete"));
    failed.set(count(snapshot, "failed"));
  }

  private static int count(List<ApRow> rows, String statusWord) {
    return (int) rows.stream()
        .filter(r -> r.predownloadStatus() != null && r.predownloadStatus().toLowerCase(java.util.Locale.ROOT).contains(statusWord))
        .count();
  }

  public ObservableList<ApRow> visibleRows() {
    return filtered;
  }

  public StringProperty filterProperty() {
    return filter;
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
