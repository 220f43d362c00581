package org.ewcstation.views.aptable;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;

/** Pre-download progress: a bar with the percent and the controller's ETA on top. */
final class ProgressCell extends TableCell<ApRow, ApRow> {

    private final ProgressBar bar = new ProgressBar();
    private final Label text = new Label();
    private final StackPane box = new StackPane(bar, text);

    ProgressCell() {
        bar.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("progress-text");
    }

    @Override
    protected void updateItem(ApRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null || row.percent() < 0) {
            setGraphic(null);
            return;
        }
        bar.setProgress(row.percent() / 100.0);
        String eta = row.eta() == null || row.eta().isBlank() ? "" : "  " + row.eta();
        text.setText(Math.round(row.percent()) + "%" + eta);
        setGraphic(box);
    }
}
