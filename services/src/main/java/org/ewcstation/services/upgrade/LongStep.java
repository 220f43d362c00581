package org.ewcstation.services.upgrade;

import java.time.Clock;
import java.time.Duration;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.ActionFailures;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.ActionWatch;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;

/**
 * Runs one of the workflow's long actions (start, abort, activate, commit) and says what became of it. The controller
 * ends the action itself, with {@code SUCCESS:} or {@code FAILED:}; our wait has a limit of its own (a setting), and
 * its end is not the action's: a time-out or a dropped session says the action may still be running on the controller,
 * whose state is then read, never assumed. A refusal carries the controller's words and a diagnosis with advice.
 * Called without the workflow's lock.
 */
final class LongStep {

    /** What became of the action. */
    sealed interface Result {
        /** The controller ended it well (its prompt came back, no failure line). */
        record Finished(String output) implements Result {}

        /** Our wait ended (time-out, or the session dropped) while the controller may still be running it. */
        record StillRunning(EwcException why, boolean dropped) implements Result {}

        /** The controller refused it or ended it {@code FAILED:}: its words, diagnosed. */
        record Refused(Diagnosis diagnosis, EwcException why) implements Result {}
    }

    private final UpgradeWorkflow w;
    private final Clock clock;

    LongStep(UpgradeWorkflow w, Clock clock) {
        this.w = w;
        this.clock = clock;
    }

    Result run(ActionForm form) {
        ActionWatch watch = (line, last, elapsed) -> {
            Msg m = Msg.of("upgrade.log.running", line, clockText(elapsed), last.isEmpty() ? "-" : last);
            w.log(Severity.INFO, m);
            w.actionRunning(m);
        };
        try {
            String out = w.port().perform(form, w.settings().actions(), watch);
            return new Result.Finished(out);
        } catch (EwcException e) {
            if (e.error() == EwcError.TIMEOUT || e.error() == EwcError.CONNECTION_LOST) {
                boolean dropped = e.error() == EwcError.CONNECTION_LOST;
                w.log(
                        Severity.WARNING,
                        Msg.of(
                                dropped ? "upgrade.log.actionDropped" : "upgrade.log.actionStillRunning",
                                String.join(" ; ", form.lines()),
                                clockText(w.settings().actions().limit())));
                return new Result.StillRunning(e, dropped);
            }
            return new Result.Refused(ActionFailures.diagnose(e, clock.instant()), e);
        } finally {
            w.actionRunning(null);
        }
    }

    /** {@code 3:12}, or {@code 1:03:12} past an hour: how a stopwatch shows it. */
    static String clockText(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
