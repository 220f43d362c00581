package org.ewcstation.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.services.upgrade.WorkflowEvents;

/**
 * Prints a workflow on the terminal: each stage, what it logs (warnings and errors on standard error), each
 * diagnosis with what to do, and each AP whose state changed. With {@code --json}, one JSON object a line instead.
 */
final class StagePrinter implements WorkflowEvents, PollListener {

    private final Messages m;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private String lastError;
    private Stage stage = Stage.READY;
    private boolean reloadSaid;
    private final ObjectMapper mapper = JsonOut.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    StagePrinter(Messages m, PrintStream out, PrintStream err, boolean json) {
        this.m = m;
        this.out = out;
        this.err = err;
        this.json = json;
    }

    @Override
    public synchronized void stageChanged(String controller, Stage from, Stage to) {
        stage = to;
        if (json) {
            emit(Map.of("event", "stage", "controller", controller, "from", from.name(), "stage", to.name()));
        } else {
            out.println(m.text(Msg.of("cli.upgrade.stage", Msg.of(to.key()))));
        }
    }

    @Override
    public void log(String controller, Severity level, Msg message) {
        if (json) {
            emit(Map.of("event", "log", "level", level.name(), "message", m.text(message)));
        } else {
            (level == Severity.INFO ? out : err).println(m.text(message));
        }
    }

    @Override
    public void diagnosis(String controller, Diagnosis d) {
        if (json) {
            emit(Map.of(
                    "event",
                    "diagnosis",
                    "code",
                    d.code().name(),
                    "message",
                    m.text(d.message()),
                    "action",
                    m.text(d.action())));
        } else {
            err.println(m.text(d.message()));
            err.println("  " + m.text(d.action()));
        }
    }

    @Override
    public void snapshot(ApSnapshot s, ApChanges changes) {
        changes.added().forEach(this::ap);
        changes.changed().forEach(c -> ap(c.after()));
        String error = s.predownload() != null && s.predownload().hasError()
                ? s.predownload().error()
                : null;
        if (error != null && !error.equals(lastError)) {
            if (json) {
                emit(Map.of("event", "controllerError", "message", error));
            } else {
                err.println(m.text(Msg.of("cli.push.controllerError", error)));
            }
        }
        lastError = error;
    }

    @Override
    public synchronized void connectionLost(Msg reason, long retryInMillis) {
        // After an activation the controller reloads: its lost link is expected, said once, and not as a fault to fix
        boolean reloading = stage == Stage.ACTIVATING || stage == Stage.REJOINING;
        if (reloading && reloadSaid) {
            return;
        }
        reloadSaid = reloading;
        Msg shown = reloading ? Msg.of("cli.upgrade.reloading") : reason;
        if (json) {
            emit(Map.of("event", reloading ? "controllerReloading" : "connectionLost", "message", m.text(shown)));
        } else {
            (reloading ? out : err).println(m.text(shown));
        }
    }

    private void ap(ApStatus a) {
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("event", "ap");
            o.put("name", a.name());
            o.put("imageType", a.imageType());
            o.put("status", a.predownloadStatus());
            o.put("primary", a.primaryImage());
            o.put("percent", a.percent());
            emit(o);
        } else {
            out.println(m.text(Msg.of(
                    "cli.push.apProgress",
                    a.name(),
                    a.imageType(),
                    a.predownloadStatus() == null ? "-" : a.predownloadStatus(),
                    ApTableText.progress(a))));
        }
    }

    void emit(Map<String, ?> o) {
        try {
            out.println(mapper.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
