package org.ewcstation.services.upgrade;

import java.util.Optional;
import org.ewcstation.services.ewc.dialect.ActionForm;
import org.ewcstation.services.ewc.dialect.ActionLimits;
import org.ewcstation.services.ewc.dialect.ActionWatch;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.ops.PushResult;
import org.ewcstation.services.ewc.session.EwcException;

/** The controller as the workflow uses it (a {@code ControllerLink} over SSH). Every call blocks. */
public interface ControllerPort {

    /** {@code host:port}, as the history names the controller. */
    String controller();

    /** What the controller understands, probed with {@code ?} once per connection. */
    ControllerDialect dialect() throws EwcException;

    /** Pushes the profile and reads it back. */
    PushResult push(ProfileRequest request) throws EwcException;

    /** {@code write memory}. */
    void saveConfig() throws EwcException;

    /** Sends the form's lines exactly; a reload ending the session is not a failure. */
    String perform(ActionForm form) throws EwcException;

    /**
     * Sends the form's lines and reads each one's output to its end under {@code limits}, telling {@code watch} its
     * progress every heartbeat. A time-out ({@code EwcError.TIMEOUT}) only ends the wait: the action goes on.
     */
    default String perform(ActionForm form, ActionLimits limits, ActionWatch watch) throws EwcException {
        return perform(form);
    }

    /** {@code show version}, on a fresh session (after a reload). */
    VersionInfo identify() throws EwcException;

    /**
     * {@code show install summary} on a fresh session; empty when the controller does not know the command (a
     * release without the install engine): the install state is then not checked.
     */
    default Optional<InstallSummary> installSummary() throws EwcException {
        return Optional.empty();
    }

    /** Asks the poller for a fresh poll now rather than at its idle pace. */
    void pollNow();
}
