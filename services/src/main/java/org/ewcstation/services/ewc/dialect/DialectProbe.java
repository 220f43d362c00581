package org.ewcstation.services.ewc.dialect;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ewcstation.services.ewc.session.ContextHelp;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out with context help alone which upgrade commands a controller knows: {@code line ?} lists
 * {@code <cr>} when the line is complete on this release, and runs nothing. The first family whose start form
 * is accepted is chosen; each of its other actions is then checked the same way.
 */
public final class DialectProbe {

    private static final Logger LOG = LoggerFactory.getLogger(DialectProbe.class);

    private final List<Family> families;

    public DialectProbe(List<Family> families) {
        this.families = List.copyOf(families);
    }

    public DialectProbe() {
        this(Family.ALL);
    }

    public ControllerDialect probe(EwcSession s) throws EwcException {
        for (Family f : families) {
            if (accepted(s, f.forms().get(UpgradeAction.START))) {
                Map<UpgradeAction, ActionForm> forms = new EnumMap<>(UpgradeAction.class);
                Map<UpgradeAction, List<String>> tried = new EnumMap<>(UpgradeAction.class);
                for (Map.Entry<UpgradeAction, ActionForm> e : f.forms().entrySet()) {
                    if (e.getKey() == UpgradeAction.START || accepted(s, e.getValue())) {
                        forms.put(e.getKey(), e.getValue());
                    } else {
                        tried.put(
                                e.getKey(),
                                List.of(String.join(" ; ", e.getValue().lines())));
                    }
                }
                ControllerDialect d = new ControllerDialect(Optional.of(f.name()), forms, tried, null);
                LOG.info("{} speaks the {} family: {}", s.hostname(), f.name(), d.describe());
                return d;
            }
        }
        Map<UpgradeAction, List<String>> tried = new EnumMap<>(UpgradeAction.class);
        for (Family f : families) {
            f.forms()
                    .forEach((a, form) ->
                            tried.merge(a, List.of(String.join(" ; ", form.lines())), (x, y) -> concat(x, y)));
        }
        LOG.warn("{} knows none of the upgrade command families", s.hostname());
        return new ControllerDialect(Optional.empty(), Map.of(), tried, null);
    }

    private static boolean accepted(EwcSession s, ActionForm form) throws EwcException {
        for (String line : form.lines()) {
            ContextHelp help = s.help(line);
            if (!help.supported()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
