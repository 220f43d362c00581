package org.ewcstation.views.fx;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;

/** A table column as every table here makes it: a translated header, the key as its id, a value from the row. */
public final class Columns {

    private Columns() {}

    /** The id is the header's key, so column widths are remembered (and found by tests) in any language. */
    public static <S, T> TableColumn<S, T> of(Localization loc, String key, Function<S, T> getter, double width) {
        return observing(loc, key, s -> new ReadOnlyObjectWrapper<>(getter.apply(s)), width);
    }

    /**
     * The same for rows that change in place: a cell listens to the value it is given, so when that value changes
     * the cell alone redraws, without the table re-laying out every visible row.
     */
    public static <S, T> TableColumn<S, T> observing(
            Localization loc, String key, Function<S, ObservableValue<T>> value, double width) {
        TableColumn<S, T> c = new TableColumn<>();
        c.textProperty().bind(loc.text(key));
        c.setId(key);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> value.apply(cd.getValue()));
        return c;
    }
}
