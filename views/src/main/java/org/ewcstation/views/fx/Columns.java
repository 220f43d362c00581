package org.ewcstation.views.fx;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** A table column as every table here makes it: a translated header, the key as its id, a value from the row. */
public final class Columns {

    private Columns() {}

    /** The id is the header's key, so column widths are remembered (and found by tests) in any language. */
    public static <S, T> TableColumn<S, T> of(Localization loc, String key, Function<S, T> getter, double width) {
        TableColumn<S, T> c = new TableColumn<>();
        c.textProperty().bind(loc.text(key));
        c.setId(key);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(getter.apply(cd.getValue())));
        return c;
    }
}
