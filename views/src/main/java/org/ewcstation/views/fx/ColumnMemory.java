package org.ewcstation.views.fx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.ewcstation.services.store.SettingsRepository;

/**
 * Remembers the column widths of the tables it is given, and which columns the user hid or showed, between runs
 * ({@code ui.columns.<table>}: {@code id=width}, a negative width for a hidden column).
 */
public final class ColumnMemory {

    private final SettingsRepository settings;
    private final Map<String, TableView<?>> tables = new HashMap<>();

    public ColumnMemory(SettingsRepository settings) {
        this.settings = settings;
    }

    /** Restores the widths saved for {@code name} and remembers the table for {@link #save()}. */
    public void attach(TableView<?> table, String name) {
        tables.put(name, table);
        settings.get(key(name)).ifPresent(saved -> {
            Map<String, Double> widths = new HashMap<>();
            for (String pair : saved.split(",")) {
                int eq = pair.lastIndexOf('=');
                if (eq > 0) {
                    try {
                        widths.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
                    } catch (NumberFormatException ignored) {
                        // a damaged entry keeps the default width
                    }
                }
            }
            for (TableColumn<?, ?> c : table.getColumns()) {
                Double w = widths.get(c.getId());
                if (w != null && Math.abs(w) >= 20 && Math.abs(w) <= 2000) {
                    c.setPrefWidth(Math.abs(w));
                    c.setVisible(w > 0);
                }
            }
        });
    }

    public void save() {
        tables.forEach((name, table) -> {
            List<String> pairs = new ArrayList<>();
            for (TableColumn<?, ?> c : table.getColumns()) {
                if (c.getId() != null) {
                    // a hidden column has no width of its own: its preferred one is kept
                    long w = Math.round(c.isVisible() ? c.getWidth() : c.getPrefWidth());
                    pairs.add(c.getId() + "=" + (c.isVisible() ? w : -w));
                }
            }
            settings.put(key(name), String.join(",", pairs));
        });
    }

    private static String key(String name) {
        return "ui.columns." + name;
    }
}
