package org.ewcstation.views.power;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.power.KeepAwakeState;

/**
 * The status bar's keep-awake chip: what keeps the computer awake now, and whether that is a warning (turned off, or
 * the OS could not be asked while work runs). Fed on the FX thread by the composition root.
 */
public final class KeepAwakeViewModel {

    private final ReadOnlyObjectWrapper<KeepAwakeState> state = new ReadOnlyObjectWrapper<>(KeepAwakeState.IDLE);
    private final ReadOnlyObjectWrapper<Msg> text = new ReadOnlyObjectWrapper<>();

    /** On the FX thread. */
    public void update(KeepAwakeState s) {
        state.set(s);
        text.set(s.status().orElse(null));
    }

    public ReadOnlyObjectProperty<KeepAwakeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The chip's text; null when there is nothing to say (the chip is hidden then). */
    public ReadOnlyObjectProperty<Msg> textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Work runs and the computer may sleep: the chip is shown as a warning. */
    public boolean warning() {
        KeepAwakeState s = state.get();
        return s.wanted() && !s.held();
    }

    public Optional<Msg> text() {
        return Optional.ofNullable(text.get());
    }

    /** The tooltip: what the chip means and where it is turned off. */
    public Msg tip() {
        return Msg.of("power.status.tip");
    }
}
