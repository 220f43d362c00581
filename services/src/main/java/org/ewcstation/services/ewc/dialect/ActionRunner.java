package org.ewcstation.services.ewc.dialect;

import java.time.Duration;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.parse.InstallOutput;
import org.ewcstation.services.ewc.session.Answers;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.EwcSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an action's lines exactly as shown to the technician and reads the controller's stream until each line's
 * end (the prompt after {@code SUCCESS:} / {@code FAILED:}) under the action's own limit, reporting its progress every
 * heartbeat. Only the questions the form lists are answered (any other is declined and stops the action with the
 * controller's words); a reply of {@code q} ("quit, save and re-enter the command") stops it too. A {@code %} line
 * and the install engine's {@code FAILED:} / {@code ERROR:} / {@code Failed on [} lines are refusals.
 *
 * <p>When the form reloads the controller, the session dropping after its last line is the reload; a time-out is
 * never taken for one (the action may still be running, or may fail later).
 */
public final class ActionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ActionRunner.class);
    /** The install engine's failure lines: {@code FAILED: install_add ...}, {@code install_add: FAILED}, ... */
    private static final Pattern INSTALL_FAILURE = Pattern.compile(
            "^(?:install_\\w+\\s*:\\s*)?(?:FAILED|ERROR)\\b|\\bFailed on \\[|^(?:install_\\w+\\s*:\\s*)?Failed\\s*:");

    private final ActionLimits limits;

    public ActionRunner(ActionLimits limits) {
        this.limits = limits;
    }

    /** With {@code limit} for every line and the default heartbeat. */
    public ActionRunner(Duration limit) {
        this(new ActionLimits(limit, ActionLimits.DEFAULTS.heartbeat()));
    }

    public String perform(EwcSession s, ActionForm form) throws EwcException {
        return perform(s, form, ActionWatch.NONE);
    }

    public String perform(EwcSession s, ActionForm form, ActionWatch watch) throws EwcException {
        Answers answers = Answers.NONE;
        for (Question q : form.questions()) {
            answers = answers.with(q.pattern(), q.reply());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < form.lines().size(); i++) {
            String line = form.lines().get(i);
            boolean last = i == form.lines().size() - 1;
            Heartbeat beat = new Heartbeat(line, limits.heartbeat(), watch);
            try {
                String o = s.exec(line, answers, limits.limit(), beat);
                quit(line, o, form);
                refusal(line, o);
                out.append(o);
            } catch (EwcException e) {
                if (last && form.reloadsController() && e.error() == EwcError.CONNECTION_LOST) {
                    LOG.info("'{}': {} reloads (session ended after {})", line, s.endpoint(), beat.elapsed());
                    return out.toString();
                }
                throw e;
            }
            LOG.info("'{}' accepted by {} after {}", line, s.hostname(), beat.elapsed());
        }
        return out.toString();
    }

    /** A question the form answers with {@code q} was asked: the controller did nothing, and the action stops. */
    private static void quit(String line, String out, ActionForm form) throws EwcException {
        for (Question q : form.questions()) {
            if (!q.reply().equalsIgnoreCase("q")) {
                continue;
            }
            Pattern p = Pattern.compile(q.pattern(), Pattern.CASE_INSENSITIVE);
            for (String l : out.split("\n")) {
                if (p.matcher(l).find()) {
                    throw new EwcException(EwcError.CONFIRMATION_DECLINED, line, l.strip());
                }
            }
        }
    }

    /** Throws for the first failure line, carrying it and what follows it (the controller's reason). */
    static void refusal(String line, String out) throws EwcException {
        String[] lines = out.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            // "% Invalid input", "% Error ..."; a log line on the terminal ("%INSTALL-5-...") has no space
            if (l.startsWith("% ")) {
                throw new EwcException(EwcError.COMMAND_REJECTED, line, out.strip());
            }
            // only an install command's own output: the same words in a show command's buffer are history
            if (InstallOutput.isInstallCommand(line)
                    && INSTALL_FAILURE.matcher(l).find()) {
                throw new EwcException(EwcError.COMMAND_REJECTED, line, words(lines, i));
            }
        }
    }

    /** The failure line and up to three reason lines after it, without blank lines and terminal log lines. */
    private static String words(String[] lines, int from) {
        StringBuilder b = new StringBuilder(lines[from].strip());
        int taken = 0;
        for (int k = from + 1; k < lines.length && taken < 3; k++) {
            String l = lines[k].strip();
            if (!l.isEmpty() && !l.startsWith("*") && !l.startsWith("%")) {
                b.append('\n').append(l);
                taken++;
            }
        }
        return b.toString();
    }
}
