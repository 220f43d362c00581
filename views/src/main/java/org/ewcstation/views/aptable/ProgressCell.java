package org.ewcstation.views.aptable;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Pre-download progress: a bar, and beside it (never on top of it) the percent and the time left; once done, no
 * time left is shown (the controller's "N/A" means "nothing left", which reads as an error).
 */
final class ProgressCell extends TableCell<ApItem, ApRow> {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final ProgressBar bar = new ProgressBar();
    private final Label text = new Label();
    private final HBox box = new HBox(6, bar, text);

    ProgressCell() {
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinWidth(30);
        HBox.setHgrow(bar, Priority.ALWAYS);
        text.getStyleClass().add("progress-text");
        text.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(ApRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null || row.percent() < 0) {
            setGraphic(null);
            return;
        }
        bar.setProgress(row.percent() / 100.0);
        StatusChip chip = StatusChip.of(row.predownloadStatus());
        boolean done = chip == StatusChip.COMPLETE || row.percent() >= 100;
        bar.pseudoClassStateChanged(DONE, done);
        bar.pseudoClassStateChanged(FAILED, !done && chip == StatusChip.FAILED);
        text.setText(row.progressText());
        setGraphic(box);
    }
}
