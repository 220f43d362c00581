package org.ewcstation.views.aptable;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One AP in the table, the same object for as long as the controller lists it: each poll replaces its {@link ApRow}
 * in place. The table's item list therefore only changes when APs come or go, and a poll redraws only the cells whose
 * value changed; a new list of rows every poll made JavaFX re-index and re-lay out every visible cell of both tables.
 */
public final class ApItem {

    private final String name;
    private final ReadOnlyObjectWrapper<ApRow> row;

    ApItem(ApRow first) {
        this.name = first.name();
        this.row = new ReadOnlyObjectWrapper<>(first);
    }

    public String name() {
        return name;
    }

    /** The AP as the last poll saw it. */
    public ApRow row() {
        return row.get();
    }

    /** The cells observe it (through {@code map}), so a new row redraws them. */
    public ReadOnlyObjectProperty<ApRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    /** Takes the poll's row for this AP; true when it differs from the one shown (the property fires only then). */
    boolean update(ApRow next) {
        if (!name.equals(next.name())) {
            throw new IllegalArgumentException("row of " + next.name() + " given to " + name);
        }
        if (Objects.equals(row.get(), next)) {
            return false;
        }
        row.set(next);
        return true;
    }

    @Override
    public String toString() {
        return "ApItem[" + row.get() + "]";
    }
}
