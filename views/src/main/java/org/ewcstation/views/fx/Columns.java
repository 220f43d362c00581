package org.ewcstation.views.fx;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import org.ewcstation.i18n.SafeText;

/**
 * A table column as every table here makes it: a translated header, the key as its id, a value from the row. Text
 * values are mostly what a controller or a LAN host sent (AP names, file names), so they are shown through
 * {@link SafeText#line}: control characters and bidirectional marks as visible escapes.
 */
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
        c.setCellValueFactory(cd -> value.apply(cd.getValue()).map(Columns::shown));
        return c;
    }

    @SuppressWarnings("unchecked")
    private static <T> T shown(T v) {
        return v instanceof String s ? (T) SafeText.line(s) : v;
    }
}
