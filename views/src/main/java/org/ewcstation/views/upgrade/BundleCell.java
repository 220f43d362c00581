package org.ewcstation.views.upgrade;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.ewcstation.views.fx.Localization;

/**
 * A bundle in the list: its path, then what tells bundles apart (the AP image version and controller release, the
 * date, the image types), so a technician picks the right one without opening folders.
 */
final class BundleCell extends ListCell<String> {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final Map<String, Bundles.Info> details;
    private final Localization loc;
    private final boolean full;

    /** {@code full}: the drop-down's rows (everything); otherwise the closed box (the path and the version). */
    BundleCell(Map<String, Bundles.Info> details, Localization loc, boolean full) {
        this.details = details;
        this.loc = loc;
        this.full = full;
    }

    @Override
    protected void updateItem(String path, boolean empty) {
        super.updateItem(path, empty);
        if (empty || path == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        Bundles.Info i = details.get(path);
        if (i == null) {
            setText(path);
            setTooltip(null);
            return;
        }
        String text = text(i);
        setText(full ? text : path + (i.apVersion().isEmpty() ? "" : "  (" + i.apVersion() + ")"));
        setTooltip(new Tooltip(text));
    }

    String text(Bundles.Info i) {
        return loc.now(
                "upgrade.bundle.item",
                i.path(),
                i.apVersion().isEmpty() ? "—" : i.apVersion(),
                i.controllerRelease().isEmpty() ? "—" : i.controllerRelease(),
                DAY.format(i.date()),
                String.join(" ", i.imageTypes()));
    }
}
