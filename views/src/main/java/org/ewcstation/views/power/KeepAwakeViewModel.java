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
    private final ReadOnlyObjectWrapper<Msg> chip = new ReadOnlyObjectWrapper<>();

    /** On the FX thread. */
    public void update(KeepAwakeState s) {
        state.set(s);
        text.set(s.status().orElse(null));
        // the reason can be a whole sentence from the operating system: in the status bar it would push the
        // server chips and the stage out of sight, so the chip says the state and the tooltip the reason
        chip.set(text.get() == null ? null : warning() ? Msg.of("power.chip.maySleep") : text.get());
    }

    /** The status bar chip's text: the status itself, or a short warning whose reason is in {@link #text()}. */
    public ReadOnlyObjectProperty<Msg> chipProperty() {
        return chip.getReadOnlyProperty();
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
