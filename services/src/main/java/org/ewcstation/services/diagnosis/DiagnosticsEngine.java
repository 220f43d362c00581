package org.ewcstation.services.diagnosis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.servers.syslog.IosXeMessage;
import org.ewcstation.servers.syslog.IosXeParser;
import org.ewcstation.services.repository.ApImageCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one upgrade the way a TAC engineer would: our own servers' events, the controller's syslog and
 * the polled AP states go in; diagnoses (codes with arguments) come out, each once. Time-based rules (no
 * request yet, stuck AP, stalled transfer) are evaluated on {@link #tick()}, against the injected clock, so
 * the caller decides the cadence and tests need no sleeping.
 *
 * <p>Thread-safe: servers, the syslog receiver and the poller call in from their own threads. Listeners are
 * called after the engine's lock is released.
 */
public final class DiagnosticsEngine implements TransferListener {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsEngine.class);
    private static final Pattern PRI = Pattern.compile("^\\s*<\\d{1,3}>");

    private final Clock clock;
    private final DiagnosticsSettings settings;
    private final DiagnosisListener listener;
    private final PathRule pathRule;
    private final ApRules apRules;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Diagnosis> all = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Diagnosis> pending = new ArrayList<>();
    private final Map<Long, LiveTransfer> transfers = new LinkedHashMap<>();
    private Instant startedAt;
    private boolean requestSeen;

    public DiagnosticsEngine(
            Clock clock,
            DiagnosticsSettings settings,
            ServedFiles served,
            ApImageCatalog catalog,
            DiagnosisListener listener) {
        this.clock = clock;
        this.settings = settings;
        this.listener = listener;
        this.apRules = new ApRules(settings, catalog);
        this.pathRule = new PathRule(served, apRules);
    }

    /** The pre-download was started now: from here on, no request within the set time means unreachable. */
    public void start() {
        run(() -> {
            startedAt = clock.instant();
            requestSeen = false;
        });
    }

    @Override
    public void onEvent(TransferEvent event) {
        run(() -> {
            Instant now = clock.instant();
            switch (event) {
                case TransferEvent.Started s -> {
                    requestSeen = true;
                    transfers.put(s.id(), new LiveTransfer(peer(s), s.file(), 0, now));
                }
                case TransferEvent.Progress p -> {
                    requestSeen = true;
                    LiveTransfer t = transfers.get(p.id());
                    if (t == null || p.bytes() > t.bytes()) {
                        transfers.put(p.id(), new LiveTransfer(peer(p), p.file(), p.bytes(), now));
                    }
                }
                case TransferEvent.Completed c -> transfers.remove(c.id());
                case TransferEvent.Failed f -> {
                    transfers.remove(f.id());
                    emit(Diagnosis.of(
                            DiagnosisCode.TRANSFER_FAILED,
                            now,
                            "transfer:" + f.id(),
                            peer(f),
                            f.file(),
                            f.bytes(),
                            f.reason().name()));
                }
                case TransferEvent.Refused r -> {
                    requestSeen = true;
                    if (r.reason() == TransferEvent.RefusalReason.NOT_FOUND
                            || r.reason() == TransferEvent.RefusalReason.OUTSIDE_ROOT
                            || r.reason() == TransferEvent.RefusalReason.HOSTILE_NAME
                            || r.reason() == TransferEvent.RefusalReason.NOT_A_FILE) {
                        emit(pathRule.missing(r.requestedPath(), now));
                    }
                }
                case TransferEvent.AuthFailed a -> {
                    requestSeen = true;
                    emit(Diagnosis.of(
                            DiagnosisCode.SFTP_LOGIN_FAILED,
                            now,
                            "auth:" + peer(a) + ":" + a.user(),
                            peer(a),
                            a.user()));
                }
                case TransferEvent.SessionOpened o -> requestSeen = true;
                case TransferEvent.SessionClosed c -> {}
            }
        });
    }

    /** One line of the controller's syslog, as received or as {@code show logging} prints it. */
    public void onSyslogLine(String raw) {
        iosXe(raw)
                .ifPresentOrElse(
                        m -> run(() -> SyslogRules.apply(m, clock.instant(), pathRule, settings)
                                .forEach(this::emit)),
                        () -> run(() -> SyslogRules.apLine(raw, clock.instant()).ifPresent(this::emit)));
    }

    /** The IOS-XE message in a raw datagram or a {@code show logging} line; the syslog PRI is not part of it. */
    static Optional<IosXeMessage> iosXe(String raw) {
        return raw == null
                ? Optional.empty()
                : IosXeParser.parse(PRI.matcher(raw).replaceFirst(""));
    }

    /** One poll's worth of AP states. */
    public void onApSnapshots(List<ApObservation> snapshots) {
        run(() -> apRules.snapshots(snapshots, clock.instant()).forEach(this::emit));
    }

    /** Evaluates the time-based rules; call it every few seconds. */
    public void tick() {
        run(() -> {
            Instant now = clock.instant();
            if (settings.ourServer()
                    && startedAt != null
                    && !requestSeen
                    && !now.isBefore(startedAt.plus(settings.noRequestWithin()))) {
                emit(Diagnosis.of(
                        DiagnosisCode.SERVER_UNREACHABLE,
                        now,
                        "unreachable",
                        settings.mode().name(),
                        settings.port(),
                        settings.noRequestWithin().toSeconds()));
            }
            boolean moving = false;
            for (var e : transfers.entrySet()) {
                LiveTransfer t = e.getValue();
                Duration idle = Duration.between(t.lastChange(), now);
                if (idle.compareTo(settings.stallAfter()) >= 0) {
                    emit(Diagnosis.of(
                            DiagnosisCode.TRANSFER_STALLED,
                            now,
                            "stall:" + e.getKey(),
                            t.peer(),
                            t.file(),
                            t.bytes(),
                            idle.toSeconds()));
                } else {
                    moving = true;
                }
            }
            // a slow WAN link can keep an AP "Predownloading" for an hour: while bytes move, nobody is stuck
            if (!moving) {
                apRules.stuck(now).forEach(this::emit);
            }
        });
    }

    /** Every diagnosis so far, oldest first. */
    public List<Diagnosis> diagnoses() {
        lock.lock();
        try {
            return List.copyOf(all);
        } finally {
            lock.unlock();
        }
    }

    private void emit(Diagnosis d) {
        if (d != null && seen.add(d.code() + "|" + d.subject())) {
            all.add(d);
            pending.add(d);
        }
    }

    private void run(Runnable work) {
        List<Diagnosis> out;
        lock.lock();
        try {
            work.run();
            out = List.copyOf(pending);
            pending.clear();
        } finally {
            lock.unlock();
        }
        for (Diagnosis d : out) {
            try {
                listener.onDiagnosis(d);
            } catch (RuntimeException e) {
                LOG.warn("Diagnosis listener failed on {}", d.code(), e);
            }
        }
    }

    private static String peer(TransferEvent e) {
        return e.peer() == null ? "" : IpText.host(e.peer());
    }

    private record LiveTransfer(String peer, String file, long bytes, Instant lastChange) {}
}
