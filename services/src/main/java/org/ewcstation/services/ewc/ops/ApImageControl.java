package org.ewcstation.services.ewc.ops;

import java.time.Duration;
import org.ewcstation.services.ewc.session.Answers;
import org.ewcstation.services.ewc.session.ContextHelp;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start, abort, swap, reset, reload. Each command is first checked with context help ({@code command ?}
 * lists {@code <cr>} when the release has it exactly so): a command with side effects is never sent blind,
 * and one this release lacks is reported as {@link EwcError#NOT_SUPPORTED}.
 */
public final class ApImageControl {

    private static final Logger LOG = LoggerFactory.getLogger(ApImageControl.class);

    private final Duration timeout;

    public ApImageControl(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs {@code action}; {@code confirmReload} must be true for the controller reload to be confirmed. */
    public String run(EwcSession s, ApImageAction action, boolean confirmReload) throws EwcException {
        String command = action.command();
        ContextHelp help = s.help(command);
        if (!help.supported()) {
            String words = help.error() != null ? help.error() : String.join("\n", help.lines());
            LOG.warn("'{}' is not supported by {}: {}", command, s.hostname(), words);
            throw new EwcException(EwcError.NOT_SUPPORTED, command, words);
        }
        Answers answers =
                action == ApImageAction.RELOAD_CONTROLLER && confirmReload ? Answers.confirm("reload") : Answers.NONE;
        String out = s.exec(command, answers, timeout);
        for (String line : out.split("\n")) {
            if (line.strip().startsWith("%")) {
                throw new EwcException(EwcError.COMMAND_REJECTED, command, out.strip());
            }
        }
        LOG.info("'{}' accepted by {}", command, s.hostname());
        return out;
    }
}
