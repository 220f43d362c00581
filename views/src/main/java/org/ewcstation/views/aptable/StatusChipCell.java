package org.ewcstation.views.aptable;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.ewcstation.views.fx.Localization;

/**
 * The pre-download status as a coloured chip with its translated label; the controller's own word stays on hover,
 * as a technician compares it with the CLI.
 */
final class StatusChipCell extends TableCell<ApItem, ApRow> {

    private static final PseudoClass REBOOTING = PseudoClass.getPseudoClass("rebooting");

    private final Label chip = new Label();
    private final Tooltip raw = new Tooltip();
    private final ApTableViewModel model;
    private final Localization loc;

    StatusChipCell(ApTableViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
        chip.getStyleClass().add("status-chip");
        chip.setMinWidth(Label.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(ApRow row, boolean empty) {
        super.updateItem(row, empty);
        String status = row == null ? null : row.predownloadStatus();
        if (empty || status == null || status.isBlank()) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        boolean away = row.away();
        // pseudo-classes, not style classes: switching them restyles the chip without rebuilding its CSS
        StatusChip kind = StatusChip.of(status);
        for (StatusChip c : StatusChip.values()) {
            chip.pseudoClassStateChanged(c.pseudoClass(), !away && c == kind);
        }
        chip.pseudoClassStateChanged(REBOOTING, away);
        String label = away ? status : model.statusLabel(status);
        chip.setText(label);
        raw.setText(label.equals(status) ? status : loc.now("apstatus.tip", status));
        setTooltip(raw);
        setGraphic(chip);
    }
}
