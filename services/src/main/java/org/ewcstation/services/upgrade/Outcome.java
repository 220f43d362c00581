package org.ewcstation.services.upgrade;

import java.util.List;
import org.ewcstation.i18n.Msg;

/** What a step of the workflow did. Every path ends in one of these, so a caller is never left busy. */
public sealed interface Outcome {

    /** The step ran; the workflow is now at {@code stage}. */
    record Done(Stage stage) implements Outcome {}

    /** The state does not allow the step; nothing was sent. {@code aps} names every AP in the way, and why. */
    record Refused(Msg reason, List<ApIssue> aps) implements Outcome {
        public Refused {
            aps = List.copyOf(aps);
        }

        public Refused(Msg reason) {
            this(reason, List.of());
        }
    }

    /** The technician said no to the lines shown; nothing was sent. */
    record Cancelled() implements Outcome {}

    /** The controller or a server refused or failed; {@code reason} says what happened and what to do. */
    record Failed(Msg reason) implements Outcome {}

    default boolean done() {
        return this instanceof Done;
    }
}
