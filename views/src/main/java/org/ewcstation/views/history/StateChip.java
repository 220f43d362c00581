package org.ewcstation.views.history;

import java.util.List;
import javafx.scene.control.Label;
import org.ewcstation.services.history.RunState;

/** A run's state as a coloured chip, the same in the history list and the run view. */
final class StateChip {

    private static final List<String> CLASSES =
            List.of("chip-complete", "chip-failed", "chip-active", "chip-initiated");

    private StateChip() {}

    static void style(Label chip, RunState state) {
        if (!chip.getStyleClass().contains("status-chip")) {
            chip.getStyleClass().add("status-chip");
        }
        chip.getStyleClass().removeAll(CLASSES);
        chip.getStyleClass()
                .add(
                        switch (state) {
                            case COMPLETED -> "chip-complete";
                            case FAILED -> "chip-failed";
                            case RUNNING -> "chip-active";
                            case ABORTED, INTERRUPTED -> "chip-initiated";
                        });
    }
}
