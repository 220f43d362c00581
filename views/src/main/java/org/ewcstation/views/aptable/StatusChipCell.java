package org.ewcstation.views.aptable;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** The pre-download status as a coloured chip; the text stays the controller's own words. */
final class StatusChipCell extends TableCell<ApRow, String> {

    private final Label chip = new Label();

    StatusChipCell() {
        chip.getStyleClass().add("status-chip");
    }

    @Override
    protected void updateItem(String status, boolean empty) {
        super.updateItem(status, empty);
        if (empty || status == null || status.isBlank()) {
            setGraphic(null);
            return;
        }
        for (StatusChip c : StatusChip.values()) {
            chip.getStyleClass().remove(c.styleClass());
        }
        chip.getStyleClass().remove("chip-rebooting");
        ApRow row = getTableRow() == null ? null : getTableRow().getItem();
        chip.getStyleClass()
                .add(
                        row != null && row.away()
                                ? "chip-rebooting"
                                : StatusChip.of(status).styleClass());
        chip.setText(status);
        setGraphic(chip);
    }
}
