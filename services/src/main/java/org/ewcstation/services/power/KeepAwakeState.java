package org.ewcstation.services.power;

import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Msg;

/**
 * What keeps the computer awake now, as the status bar shows it.
 *
 * @param enabled the setting (off: nothing is asked of the OS)
 * @param held the OS holds our inhibition now
 * @param transfers transfers our servers are sending
 * @param runs the controllers ({@code host:port}) whose run is between its start and its end
 * @param problem why the OS could not be asked, the last time it was
 */
public record KeepAwakeState(boolean enabled, boolean held, int transfers, List<String> runs, Optional<Msg> problem) {

    public static final KeepAwakeState IDLE = new KeepAwakeState(true, false, 0, List.of(), Optional.empty());

    public KeepAwakeState {
        runs = List.copyOf(runs);
    }

    /** Some work needs the computer awake. */
    public boolean wanted() {
        return transfers > 0 || !runs.isEmpty();
    }

    /** The status bar's text: empty when there is nothing to say (no work, or still asking the OS). */
    public Optional<Msg> status() {
        if (!wanted()) {
            return Optional.empty();
        }
        if (!enabled) {
            return Optional.of(Msg.of("power.status.off"));
        }
        if (held) {
            String controllers = String.join(", ", runs);
            if (runs.isEmpty()) {
                return Optional.of(Msg.of("power.status.transfers", transfers));
            }
            return Optional.of(
                    transfers == 0
                            ? Msg.of("power.status.run", controllers)
                            : Msg.of("power.status.both", transfers, controllers));
        }
        return problem.map(p -> Msg.of("power.status.failed", p));
    }
}
