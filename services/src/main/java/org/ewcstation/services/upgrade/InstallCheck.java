package org.ewcstation.services.upgrade;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisCode;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.InstallSummary.State;
import org.ewcstation.services.ewc.session.EwcException;

/**
 * The install engine's state ({@code show install summary}) where the workflow depends on it: no Start while an
 * activation is still uncommitted (the controller would refuse, or roll it back under our download), the commit
 * only when the new release is activated and uncommitted ({@code U}), and the run verified only once it is
 * committed ({@code C}). A running auto-abort timer is shown with its deadline. A controller without the command
 * (a release without the install engine) is not checked, and says so in the log. Part of {@link UpgradeWorkflow};
 * called without its lock.
 */
final class InstallCheck {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** What to do about the commit once the controller is back. */
    enum Commit {
        /** The target is {@code U}: send {@code install commit}. */
        SEND,
        /** The target is {@code C} already (committed by hand, or no commit needed): send nothing. */
        SKIP,
        /** The state cannot be read: send it, as the plan showed. */
        BLIND
    }

    /** The commit decision, or the diagnosis that the install state is not what activation should leave. */
    record BeforeCommit(Commit commit, Diagnosis wrong) {}

    private final UpgradeWorkflow w;

    InstallCheck(UpgradeWorkflow w) {
        this.w = w;
    }

    /** Null when Start may go ahead; otherwise the diagnosis naming the uncommitted install and its deadline. */
    Diagnosis beforeStart() throws EwcException {
        Optional<InstallSummary> read = read();
        if (read.isEmpty()) {
            return null;
        }
        List<InstallSummary.Package> pending = read.get().pending();
        if (pending.isEmpty()) {
            return null;
        }
        InstallSummary.Package p = pending.getFirst();
        return Diagnosis.of(
                DiagnosisCode.INSTALL_UNCOMMITTED,
                w.clock().instant(),
                "install",
                p.version(),
                String.valueOf(p.state().letter()),
                deadline(read.get()).orElse("-"));
    }

    /** After the rejoin: commit only a target that is {@code U}; {@code C} needs none; anything else is wrong. */
    BeforeCommit beforeCommit(String target) throws EwcException {
        Optional<InstallSummary> read = read();
        if (read.isEmpty()) {
            return new BeforeCommit(Commit.BLIND, null);
        }
        InstallSummary s = read.get();
        deadline(s).ifPresent(at -> w.log(Severity.WARNING, Msg.of("upgrade.log.autoAbort", at)));
        if (target == null) {
            // an AP-only bundle names no controller release: whatever activation left uncommitted is committed
            return new BeforeCommit(s.pending().isEmpty() ? Commit.SKIP : Commit.SEND, null);
        }
        List<State> states = s.imageStates(target);
        if (states.contains(State.UNCOMMITTED)) {
            return new BeforeCommit(Commit.SEND, null);
        }
        if (states.contains(State.COMMITTED)) {
            w.log(Severity.INFO, Msg.of("upgrade.log.alreadyCommitted", target));
            return new BeforeCommit(Commit.SKIP, null);
        }
        return new BeforeCommit(null, wrong(target, states));
    }

    /** After the commit: null when the target is {@code C} (or the state cannot be read); otherwise the diagnosis. */
    Diagnosis afterCommit(String target) throws EwcException {
        Optional<InstallSummary> read = read();
        if (read.isEmpty()) {
            return null;
        }
        if (target == null) {
            return read.get().pending().isEmpty()
                    ? null
                    : wrong("-", List.of(read.get().pending().getFirst().state()));
        }
        List<State> states = read.get().imageStates(target);
        return states.contains(State.COMMITTED) ? null : wrong(target, states);
    }

    /** The summary in one log line ({@code IMG C 17.09.04a.0.6; IMG U 17.12.01.0.1565}), for a wait that ended. */
    Optional<Msg> describe() throws EwcException {
        return read().map(s -> Msg.of(
                "upgrade.log.installState",
                s.packages().stream()
                        .map(p -> p.type() + " " + p.state().letter() + " " + p.version())
                        .collect(Collectors.joining("; ")),
                deadline(s).orElse("-")));
    }

    private Optional<InstallSummary> read() throws EwcException {
        Optional<InstallSummary> s = w.port().installSummary();
        if (s.isEmpty()) {
            w.log(Severity.INFO, Msg.of("upgrade.log.installUnknown"));
        }
        return s;
    }

    private Diagnosis wrong(String target, List<State> states) {
        String shown = states.isEmpty()
                ? "-"
                : states.stream().map(st -> String.valueOf(st.letter())).collect(Collectors.joining(","));
        return Diagnosis.of(DiagnosisCode.INSTALL_STATE_WRONG, w.clock().instant(), "install", target, shown);
    }

    /** When the controller rolls back by itself ({@code HH:mm}, the clock's zone); empty when no timer runs. */
    private Optional<String> deadline(InstallSummary s) {
        if (!s.autoAbortRunning() || s.timeBeforeRollback() == null) {
            return Optional.empty();
        }
        Instant at = w.clock().instant().plus(s.timeBeforeRollback());
        ZoneId zone = w.clock().getZone();
        return Optional.of(HOUR.withZone(zone).format(at));
    }
}
