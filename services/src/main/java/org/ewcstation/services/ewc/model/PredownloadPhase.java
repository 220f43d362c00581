package org.ewcstation.services.ewc.model;

import java.util.Locale;
import org.ewcstation.i18n.Msg;

/** Pre-download status of one AP, normalised from the words of {@code show ap image}. */
public enum PredownloadPhase {
    NONE,
    INITIATED,
    DOWNLOADING,
    PREDOWNLOADING,
    COMPLETE,
    FAILED,
    ABORTED,
    NOT_SUPPORTED,
    UNKNOWN;

    public static PredownloadPhase of(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (s.equals("none") || s.equals("n/a")) {
            return NONE;
        }
        if (s.contains("abort")) {
            return ABORTED;
        }
        if (s.contains("fail") || s.contains("error")) {
            return FAILED;
        }
        if (s.contains("not supported") || s.contains("unsupported")) {
            return NOT_SUPPORTED;
        }
        if (s.contains("complete") || s.equals("done") || s.contains("success")) {
            return COMPLETE;
        }
        if (s.contains("predownloading") || s.contains("in progress")) {
            return PREDOWNLOADING;
        }
        if (s.contains("downloading")) {
            return DOWNLOADING;
        }
        if (s.contains("initiat") || s.contains("pending") || s.contains("start")) {
            return INITIATED;
        }
        return UNKNOWN;
    }

    /**
     * The status as every screen and report shows it: a translated label for the controller's words we know
     * ("Complete" → 完了), the controller's own text for any other (never hidden, never guessed).
     */
    public static Msg label(String status) {
        PredownloadPhase p = of(status);
        return p == UNKNOWN
                ? Msg.of("apstatus.unknown", status == null ? "" : status.strip())
                : Msg.of("apstatus." + p.name().toLowerCase(Locale.ROOT));
    }

    /** Still moving: the poller polls fast while any AP is in such a phase. */
    public boolean active() {
        return this == INITIATED || this == DOWNLOADING || this == PREDOWNLOADING;
    }

    /** Finished, one way or the other. */
    public boolean terminal() {
        return this == COMPLETE || this == FAILED || this == ABORTED || this == NOT_SUPPORTED;
    }
}
