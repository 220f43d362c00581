package org.ewcstation.views.ewc;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.history.ControllerDialects;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.UiExecutors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A controller's details: which upgrade commands its context help accepted at its last connection, as kept, so
 * the technician sees before any step what will be sent, or why a step must be done in the web UI.
 */
public final class UpgradeCommandsDetails {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeCommandsDetails.class);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final UiExecutors executors;
    private final ControllerDialects dialects;
    private final Dialogs dialogs;

    public UpgradeCommandsDetails(UiExecutors executors, ControllerDialects dialects, Dialogs dialogs) {
        this.executors = executors;
        this.dialogs = dialogs;
        this.dialects = dialects;
    }

    /** Reads the kept probe off the FX thread, then shows it. */
    public void show(ControllerItem c) {
        executors.background().execute(() -> {
            List<Msg> text;
            try {
                text = paragraphs(c.label(), dialects.find(c.endpoint()));
            } catch (RuntimeException e) {
                LOG.warn("Could not read the kept dialect of {}", c.endpoint(), e);
                text = List.of(Msg.of("controllers.commands.unreadable", c.label()));
            }
            List<Msg> shown = text;
            executors.fx().execute(() -> dialogs.info("controllers.commands.title", shown));
        });
    }

    static List<Msg> paragraphs(String controller, Optional<ControllerDialects.Entry> kept) {
        if (kept.isEmpty()) {
            return List.of(Msg.of("controllers.commands.notProbed", controller));
        }
        ControllerDialects.Entry e = kept.get();
        List<Msg> out = new ArrayList<>();
        out.add(
                e.family().isEmpty()
                        ? Msg.of("controllers.commands.noFamily", controller, e.release(), TIME.format(e.probedAt()))
                        : Msg.of(
                                "controllers.commands.family",
                                controller,
                                e.release(),
                                TIME.format(e.probedAt()),
                                e.family()));
        for (ControllerDialects.Form f : e.forms()) {
            if (!known(f.action())) {
                continue; // written by another version of the tool: nothing to name it with
            }
            Msg action = Msg.of(UpgradeAction.valueOf(f.action()).key());
            out.add(
                    f.accepted()
                            ? Msg.of("controllers.commands.form", action, f.commands())
                            : Msg.of("controllers.commands.missing", action, f.commands()));
        }
        out.add(Msg.of("controllers.commands.reprobed"));
        return out;
    }

    private static boolean known(String action) {
        return Arrays.stream(UpgradeAction.values()).anyMatch(a -> a.name().equals(action));
    }
}
