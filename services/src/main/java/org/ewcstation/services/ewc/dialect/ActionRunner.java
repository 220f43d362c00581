package org.ewcstation.services.ewc.dialect;

import java.time.Duration;
import org.ewcstation.services.ewc.model.InstallResult;
import org.ewcstation.services.ewc.parse.InstallOutput;
import org.ewcstation.services.ewc.session.Answers;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an action's lines exactly as shown to the technician, answering only the questions the form lists (any
 * other question is declined and stops the action with the controller's words). A {@code %} line is a refusal, and so
 * is an install-family command's {@code FAILED:} / {@code ERROR:} / {@code Failed on [..]} line (no {@code %} there).
 * When the form reloads the controller, the session ending after its last line is the reload, not a failure.
 */
public final class ActionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ActionRunner.class);

    private final Duration timeout;

    public ActionRunner(Duration timeout) {
        this.timeout = timeout;
    }

    public String perform(EwcSession s, ActionForm form) throws EwcException {
        Answers answers = Answers.NONE;
        for (Question q : form.questions()) {
            answers = answers.with(q.pattern(), q.reply());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < form.lines().size(); i++) {
            String line = form.lines().get(i);
            boolean last = i == form.lines().size() - 1;
            try {
                String o = s.exec(line, answers, timeout);
                refusal(line, o);
                out.append(o);
            } catch (EwcException e) {
                if (last && form.reloadsController() && droppedByReload(e)) {
                    LOG.info("'{}': {} reloads (session ended as expected)", line, s.endpoint());
                    return out.toString();
                }
                throw e;
            }
            LOG.info("'{}' accepted by {}", line, s.hostname());
        }
        return out.toString();
    }

    private static boolean droppedByReload(EwcException e) {
        return e.error() == EwcError.CONNECTION_LOST || e.error() == EwcError.TIMEOUT;
    }

    static void refusal(String line, String out) throws EwcException {
        for (String l : out.split("\n")) {
            // "% Invalid input", "% Error ..."; a log line on the terminal ("%INSTALL-5-...") has no space
            if (l.strip().startsWith("% ")) {
                throw new EwcException(EwcError.COMMAND_REJECTED, line, out.strip());
            }
        }
        if (InstallOutput.isInstallCommand(line)) {
            InstallResult r = new InstallOutput().read(out);
            if (r.status() == InstallResult.Status.FAILED) {
                throw new EwcException(EwcError.INSTALL_FAILED, line, r.failureText());
            }
        }
    }
}
