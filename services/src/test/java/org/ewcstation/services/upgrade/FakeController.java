package org.ewcstation.services.upgrade;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.ActionLimits;
import org.ewcstation.services.ewc.dialect.ActionWatch;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.Family;
import org.ewcstation.services.ewc.model.ImageDownloadProfile;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.ops.PushResult;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;

/**
 * A stand-in for the controller in the state machine's unit tests (a mock, said plainly: the rules are tested here
 * without SSH; the same workflow runs against the simulator over real SSH in the end-to-end tests). It records
 * every line the workflow sends.
 */
final class FakeController implements ControllerPort {

    final List<String> sent = new CopyOnWriteArrayList<>();
    ControllerDialect dialect = ControllerDialect.of(Family.AP_IMAGE);
    String release = "17.12.1";
    EwcException failOn;
    boolean pushMismatch;
    int polls;
    String uptime = "1 minute";
    /** What a line ends with instead of its prompt: an exception thrown (a refusal, a time-out, a drop). */
    final Map<String, EwcException> endings = new ConcurrentHashMap<>();
    /** The progress line each long line reports once through its watch (null: none). */
    String progress;

    final List<ActionLimits> limitsUsed = new CopyOnWriteArrayList<>();
    final List<ActionForm> performed = new CopyOnWriteArrayList<>();
    /**
     * What {@code show install summary} answers, one per read, the last one repeating; none: the controller does
     * not know the command.
     */
    final List<InstallSummary> summaries = new CopyOnWriteArrayList<>();

    int summaryReads;

    @Override
    public String controller() {
        return "192.0.2.10:22";
    }

    @Override
    public ControllerDialect dialect() {
        return dialect;
    }

    @Override
    public PushResult push(ProfileRequest r) {
        sent.add("push " + r.mode().keyword() + " " + r.server() + " " + r.path());
        ImageDownloadProfile back =
                new ImageDownloadProfile(r.name(), r.mode(), r.server(), r.path(), null, null, null, false, null, null);
        return new PushResult(
                List.of("wireless profile image-download " + r.name()),
                back,
                null,
                pushMismatch ? List.of(Msg.of("ewc.profile.mismatch", "path", r.path(), "x")) : List.of());
    }

    @Override
    public void saveConfig() {
        sent.add("write memory");
    }

    @Override
    public String perform(ActionForm form) throws EwcException {
        for (String l : form.lines()) {
            if (failOn != null && l.equals(failOn.command())) {
                throw failOn;
            }
            sent.add(l);
        }
        return "";
    }

    @Override
    public String perform(ActionForm form, ActionLimits limits, ActionWatch watch) throws EwcException {
        limitsUsed.add(limits);
        performed.add(form);
        for (String l : form.lines()) {
            if (progress != null) {
                watch.running(l, progress, Duration.ofSeconds(192));
            }
            EwcException end = endings.get(l);
            if (end != null) {
                sent.add(l);
                throw end;
            }
        }
        return perform(form);
    }

    @Override
    public Optional<InstallSummary> installSummary() {
        if (summaries.isEmpty()) {
            return Optional.empty();
        }
        int i = Math.min(summaryReads++, summaries.size() - 1);
        return Optional.of(summaries.get(i));
    }

    @Override
    public VersionInfo identify() {
        return new VersionInfo("ewc", release, "C9800-AP", true, uptime);
    }

    @Override
    public void pollNow() {
        polls++;
    }

    static EwcException refusal(String command) {
        return new EwcException(EwcError.COMMAND_REJECTED, command, "% Invalid input detected at '^' marker.");
    }
}
