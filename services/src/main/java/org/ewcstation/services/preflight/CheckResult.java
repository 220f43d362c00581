package org.ewcstation.services.preflight;

import java.util.Locale;
import java.util.Optional;
import org.ewcstation.i18n.Msg;

/** One check's verdict: a level, a one-line reason, and what to do when it is not green. */
public record CheckResult(PreflightCheck check, Level level, Msg reason, Optional<Msg> fix) {

    /** Green: go; warning: go, but read this; red: Save &amp; Download would fail. */
    public enum Level {
        GREEN,
        WARNING,
        RED;

        public String key() {
            return "preflight.level." + name().toLowerCase(Locale.ROOT);
        }
    }

    static CheckResult green(PreflightCheck check, String situation, Object... args) {
        return new CheckResult(check, Level.GREEN, Msg.of(check.key(situation), args), Optional.empty());
    }

    static CheckResult warning(PreflightCheck check, String situation, Object... args) {
        return new CheckResult(
                check,
                Level.WARNING,
                Msg.of(check.key(situation), args),
                Optional.of(Msg.of(check.key(situation) + ".fix", args)));
    }

    static CheckResult red(PreflightCheck check, String situation, Object... args) {
        return new CheckResult(
                check,
                Level.RED,
                Msg.of(check.key(situation), args),
                Optional.of(Msg.of(check.key(situation) + ".fix", args)));
    }
}
