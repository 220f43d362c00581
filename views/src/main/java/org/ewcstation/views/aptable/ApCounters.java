package org.ewcstation.views.aptable;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.ewcstation.views.fx.Localization;

/**
 * The counters of {@code show ap image} as chips that filter: a click lists only the APs of that group, a second
 * click (or Total) lists all again.
 */
final class ApCounters {

    private final ApTableViewModel model;
    private final Localization loc;
    private final ToggleGroup group = new ToggleGroup();

    ApCounters(ApTableViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
    }

    HBox build() {
        HBox box = new HBox(
                6,
                chip("aptable.counter.total", model.totalProperty(), "total", null),
                chip("aptable.counter.initiated", model.initiatedProperty(), "initiated", StatusChip.INITIATED),
                chip(
                        "aptable.counter.predownloading",
                        model.predownloadingProperty(),
                        "predownloading",
                        StatusChip.ACTIVE),
                chip("aptable.counter.complete", model.completeProperty(), "complete", StatusChip.COMPLETE),
                chip("aptable.counter.failed", model.failedProperty(), "failed", StatusChip.FAILED));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        group.selectedToggleProperty()
                .subscribe(t -> model.chipProperty().set(t == null ? null : (StatusChip) t.getUserData()));
        model.chipProperty()
                .subscribe(c -> group.getToggles().stream()
                        .filter(t -> t.getUserData() == c && c != null)
                        .findFirst()
                        .ifPresentOrElse(t -> t.setSelected(true), () -> group.selectToggle(null)));
        return box;
    }

    private ToggleButton chip(String key, ObservableValue<?> value, String style, StatusChip filter) {
        ToggleButton b = new ToggleButton();
        b.setId("counter-" + style);
        b.textProperty().bind(loc.text(key, value));
        b.getStyleClass().addAll("counter", "counter-" + style);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false);
        b.setUserData(filter);
        if (filter != null) {
            b.setToggleGroup(group);
        } else {
            b.setOnAction(e -> {
                b.setSelected(false);
                group.selectToggle(null);
            });
        }
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(loc.text(filter == null ? "aptable.counter.all.tip" : "aptable.counter.tip"));
        b.setTooltip(tip);
        return b;
    }
}
