package org.ewcstation.services.history;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Severity;

/**
 * One line of a run's timeline: when, what kind, who it is about (an AP name, a transfer's peer, empty for the
 * run itself), how bad, what happened and, for a diagnosis, what to do. Codes and arguments, never sentences.
 */
public record TimelineEntry(Instant at, Kind kind, String subject, Severity severity, Msg what, Optional<Msg> todo) {

    /** Keys: {@code history.kind.*}. */
    public enum Kind {
        RUN,
        STATUS,
        TRANSFER,
        DIAGNOSIS;

        public String key() {
            return "history.kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        subject = subject == null ? "" : subject;
        todo = todo == null ? Optional.empty() : todo;
    }

    /** About this AP: its own status changes, and diagnoses that name it. */
    public boolean concerns(String ap) {
        return subject.equals(ap)
                || kind == Kind.DIAGNOSIS && what.args().stream().anyMatch(a -> ap.equals(String.valueOf(a)));
    }
}
