package org.ewcstation.views.history;

import java.util.List;
import javafx.scene.control.Label;
import org.ewcstation.services.history.RunOutcome;

/** What a run achieved as a coloured chip, the same in the history list and the run view. */
final class StateChip {

    private static final List<String> CLASSES =
            List.of("chip-complete", "chip-failed", "chip-active", "chip-initiated");

    private StateChip() {}

    static void style(Label chip, RunOutcome outcome) {
        if (!chip.getStyleClass().contains("status-chip")) {
            chip.getStyleClass().add("status-chip");
        }
        chip.getStyleClass().removeAll(CLASSES);
        chip.getStyleClass()
                .add(
                        switch (outcome) {
                            case PREDOWNLOADED, ACTIVATED, VERIFIED -> "chip-complete";
                            case FAILED -> "chip-failed";
                            case RUNNING -> "chip-active";
                            case ABORTED, INTERRUPTED -> "chip-initiated";
                        });
    }
}
