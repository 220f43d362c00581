package org.ewcstation.services.diagnosis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ewcstation.i18n.Msg;

/**
 * A conclusion about the running upgrade: a code, its arguments (strings and numbers only, so the history
 * can store them and re-render an old run in today's language), when, and the subject it is about (a path, an
 * AP, a transfer) which keeps the same problem from being reported twice.
 */
public record Diagnosis(DiagnosisCode code, Instant time, String subject, List<Object> args) {

    public Diagnosis {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(time, "time");
        subject = subject == null ? "" : subject;
        args = List.copyOf(args);
        for (Object a : args) {
            if (!(a instanceof String || a instanceof Number)) {
                throw new IllegalArgumentException("diagnosis arguments are strings or numbers: " + a);
            }
        }
    }

    public static Diagnosis of(DiagnosisCode code, Instant time, String subject, Object... args) {
        return new Diagnosis(code, time, subject, List.of(args));
    }

    public Severity severity() {
        return code.severity();
    }

    /** What happened, for the log pane and the notification. */
    public Msg message() {
        return new Msg(code.messageKey(), args);
    }

    /** What to do about it. */
    public Msg action() {
        return new Msg(code.actionKey(), args);
    }
}
