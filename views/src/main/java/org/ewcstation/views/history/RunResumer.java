package org.ewcstation.views.history;

import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.history.RunSummary;

/**
 * Takes an interrupted run over again (the app wires the run watcher and the controller list behind it). Called on
 * the FX thread; answers at once: empty when watching resumes, else why it cannot (not connected, another run busy).
 */
@FunctionalInterface
public interface RunResumer {

    Optional<Msg> resume(RunSummary run);

    RunResumer NONE = run -> Optional.of(Msg.of("history.resume.notConnected", run.controller(), run.id()));
}
