package org.ewcstation.services.ewc.dialect;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ewcstation.i18n.Msg;

/**
 * What one controller understands, as its context help said: the family chosen, the form of each action it
 * accepted, and for each action it did not, every form that was tried. Never a guess: an action without a form
 * is unavailable, and the message says what was tried and how to do the step by hand.
 *
 * @param family the family whose start form the controller knows, or empty when it knows none
 * @param sftpPortKeyword whether the SFTP profile offers {@code sftp-image-port} (null: not probed yet)
 */
public record ControllerDialect(
        Optional<String> family,
        Map<UpgradeAction, ActionForm> forms,
        Map<UpgradeAction, List<String>> tried,
        Boolean sftpPortKeyword) {

    public ControllerDialect {
        forms = forms.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(forms));
        tried = Map.copyOf(tried);
    }

    /** A dialect that is exactly one family, as if every form had been accepted (tests, the simulator's own). */
    public static ControllerDialect of(Family f) {
        return new ControllerDialect(Optional.of(f.name()), f.forms(), Map.of(), null);
    }

    public Optional<ActionForm> form(UpgradeAction a) {
        return Optional.ofNullable(forms.get(a));
    }

    /**
     * Activation needs every activation form of its family, its commit included (an install activated but never
     * committed rolls back by itself): the controller's, and the APs' and the commit where the family has them.
     */
    public boolean canActivate() {
        return forms.containsKey(UpgradeAction.ACTIVATE_CONTROLLER)
                && !tried.containsKey(UpgradeAction.ACTIVATE_APS)
                && !tried.containsKey(UpgradeAction.ACTIVATE_CONTROLLER)
                && !tried.containsKey(UpgradeAction.COMMIT);
    }

    /** The first activation action this controller lacks (for the message), when {@link #canActivate()} is false. */
    public UpgradeAction missingActivation() {
        for (UpgradeAction a :
                List.of(UpgradeAction.ACTIVATE_APS, UpgradeAction.ACTIVATE_CONTROLLER, UpgradeAction.COMMIT)) {
            if (tried.containsKey(a)) {
                return a;
            }
        }
        return UpgradeAction.ACTIVATE_CONTROLLER;
    }

    /** Why {@code a} cannot be done here: the forms tried, and the web UI step that does it by hand. */
    public Msg unavailable(UpgradeAction a) {
        List<String> t = tried.getOrDefault(a, List.of());
        return Msg.of(
                "dialect.unavailable",
                Msg.of(a.key()),
                t.isEmpty() ? "-" : String.join(" / ", t),
                Msg.of(a.manualKey()));
    }

    public ControllerDialect withSftpPortKeyword(boolean offered) {
        return new ControllerDialect(family, forms, tried, offered);
    }

    /** One line per action for the controller's details and the transcript: the form chosen or "unavailable". */
    public List<String> describe() {
        return Arrays.stream(UpgradeAction.values())
                .filter(a -> forms.containsKey(a) || tried.containsKey(a))
                .map(a -> a.name() + ": "
                        + (forms.containsKey(a)
                                ? String.join(" ; ", forms.get(a).lines())
                                : "unavailable (tried " + String.join(" / ", tried.get(a)) + ")"))
                .toList();
    }
}
