package org.ewcstation.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.syslog.SyslogEvent;
import org.ewcstation.servers.syslog.SyslogListener;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosticsEngine;
import org.ewcstation.services.diagnosis.DiagnosticsSettings;
import org.ewcstation.services.diagnosis.ServedFiles;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.history.RunInfo;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.services.history.WatchedRun;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.ApImageName;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.fx.Batcher;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.FxBridge;
import org.ewcstation.views.upgrade.UpgradeViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches each started pre-download: our transfer events, the controller's syslog and every poll go to the
 * diagnostics engine and the run's history; each diagnosis reaches the log pane (with what to do) and, when it
 * is a problem, a notification. The run ends when every AP has settled.
 */
final class RunWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunWatcher.class);
    static final long TICK_SECONDS = 5;

    private final AppContext context;
    private final UpgradeHistory history;
    private final Batcher<LogEntry> log;
    private final Dialogs dialogs;
    private final FxBridge bridge;
    private final ApImageCatalog catalog = ApImageCatalog.builtIn();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("run-ticker").factory());
    private final SyslogListener syslog;
    private volatile WatchedRun current;
    /** The watched run's controller as the history names it ({@code host:port}); polls of others are ignored. */
    private volatile String controller;

    private volatile boolean sawActive;
    /** A resumed run may have settled while nobody watched: its first settled poll closes it. */
    private volatile boolean resumed;

    private volatile boolean resuming;
    private volatile RunEvents events = RunEvents.NONE;
    /** Runs found interrupted at this start and not yet offered for resuming. */
    private final List<RunSummary> interrupted = new CopyOnWriteArrayList<>();

    /** What the history view hears of the watched run, on the FX thread. */
    interface RunEvents {
        void changed(long runId);

        void stateChanged(long runId);

        RunEvents NONE = new RunEvents() {
            @Override
            public void changed(long runId) {}

            @Override
            public void stateChanged(long runId) {}
        };
    }

    static final Set<PredownloadPhase> ACTIVE =
            Set.of(PredownloadPhase.INITIATED, PredownloadPhase.DOWNLOADING, PredownloadPhase.PREDOWNLOADING);

    RunWatcher(AppContext context, Batcher<LogEntry> log, Dialogs dialogs, FxBridge bridge) {
        this.context = context;
        this.history = new UpgradeHistory(context.store(), Clock.systemUTC());
        this.log = log;
        this.dialogs = dialogs;
        this.bridge = bridge;
        this.syslog = new SyslogListener() {
            @Override
            public void onMessage(SyslogEvent event) {
                WatchedRun run = current;
                if (run != null) {
                    run.onSyslogLine(event.raw());
                }
            }
        };
        context.syslogListeners().add(syslog);
        history.markInterrupted().forEach(r -> {
            interrupted.add(r);
            log.offer(entry(LogEntry.Level.WARNING, Msg.of("history.interrupted", r.id())));
            log.offer(entry(LogEntry.Level.WARNING, Msg.of("history.interrupted.todo")));
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** A pre-download started: open a run and watch it. */
    void started(UpgradeViewModel.StartedDownload s, List<ApStatus> aps) {
        finish(RunState.ABORTED);
        Path root = context.servers().settings().root();
        Path bundle = root.resolve(s.path()).normalize();
        Protocol protocol = s.mode() == DownloadMode.SFTP ? Protocol.SFTP : Protocol.TFTP;
        DiagnosticsSettings settings = DiagnosticsSettings.defaults(protocol, s.port(), imageTypes(bundle), s.path());
        var version = s.link().version();
        RunInfo info = new RunInfo(
                s.link().endpoint().toString(),
                version == null ? "" : version.version(),
                s.path(),
                bundleVersion(bundle),
                protocol,
                s.server());
        WatchedRun run = WatchedRun.start(
                history,
                info,
                polls(aps),
                listener ->
                        new DiagnosticsEngine(Clock.systemUTC(), settings, ServedFiles.under(root), catalog, listener),
                this::onDiagnosis);
        watch(run, info.controller(), false);
        log.offer(entry(LogEntry.Level.INFO, Msg.of("history.started", run.runId())));
    }

    /**
     * Watches an interrupted run again once its controller is connected: same diagnostics (without the
     * no-request timer, the start is long past), and new events added to its history. Empty when it resumed;
     * {@code thenPoll} asks the controller at once rather than at its idle pace.
     */
    synchronized Optional<Msg> resume(RunSummary r, Runnable thenPoll) {
        WatchedRun busy = current;
        if (busy != null || resuming) {
            return Optional.of(Msg.of("history.resume.busy", busy == null ? r.id() : busy.runId(), r.id()));
        }
        resuming = true;
        // the store work (taking the run over, reading its last AP states) stays off the FX thread
        context.background().execute(() -> {
            try {
                Path root = context.servers().settings().root();
                Protocol protocol = "SFTP".equalsIgnoreCase(r.mode()) ? Protocol.SFTP : Protocol.TFTP;
                ServerStatus st =
                        context.servers().status(protocol == Protocol.SFTP ? ServerKind.SFTP : ServerKind.TFTP);
                int port = st.running() && st.address() != null
                        ? st.address().getPort()
                        : protocol == Protocol.SFTP ? 22 : 69;
                DiagnosticsSettings settings = DiagnosticsSettings.defaults(
                        protocol, port, imageTypes(root.resolve(r.bundlePath()).normalize()), r.bundlePath());
                WatchedRun run = WatchedRun.resume(
                        history,
                        r.id(),
                        listener -> new DiagnosticsEngine(
                                Clock.systemUTC(), settings, ServedFiles.under(root), catalog, listener),
                        this::onDiagnosis);
                watch(run, r.controller(), true);
                log.offer(entry(LogEntry.Level.INFO, Msg.of("history.resumed", run.runId())));
                thenPoll.run();
            } catch (RuntimeException e) {
                LOG.warn("Could not resume run {}", r.id(), e);
                log.offer(entry(LogEntry.Level.ERROR, Msg.of("history.resume.notInterrupted", r.id())));
            } finally {
                resuming = false;
            }
        });
        return Optional.empty();
    }

    private synchronized void watch(WatchedRun run, String controllerName, boolean resumedRun) {
        context.transferListeners().add(run);
        sawActive = false;
        resumed = resumedRun;
        controller = controllerName;
        current = run;
        long id = run.runId();
        bridge.run(() -> events.stateChanged(id));
    }

    /**
     * The newest run that was interrupted on this controller ({@code host:port}) and not yet offered: asked once per
     * start, when the controller first answers, so a crash mid-upgrade leads straight back to watching it.
     */
    Optional<RunSummary> offerFor(String polled) {
        Optional<RunSummary> r = interrupted.stream()
                .filter(x -> x.controller().equals(polled))
                .max(Comparator.comparingLong(RunSummary::id));
        interrupted.removeIf(x -> x.controller().equals(polled));
        return current == null ? r : Optional.empty();
    }

    void setEvents(RunEvents events) {
        this.events = events;
    }

    /**
     * The technician activated the images on a controller (swap + reload): its newest completed run (else its newest
     * run) gets the mark, so the run
     * view and the report say when the new version went live. Called on a background thread.
     */
    void activated(String controllerEndpoint) {
        // the pre-download that completed is what went live; a later refused or failed attempt is not
        history.latestFor(controllerEndpoint, EnumSet.of(RunState.COMPLETED))
                .or(() -> history.latestFor(controllerEndpoint))
                .ifPresent(r -> {
                    history.mark(r.id(), "activated");
                    log.offer(entry(LogEntry.Level.INFO, Msg.of("history.activated", r.id())));
                    bridge.run(() -> events.stateChanged(r.id()));
                });
    }

    /** The controller refused the start command: the run ends before it began. */
    void startRefused() {
        finish(RunState.ABORTED);
    }

    /** Each poll of the selected controller ({@code host:port}); only the watched run's controller counts. */
    void onPoll(String polled, List<ApStatus> aps) {
        WatchedRun run = current;
        if (run == null || aps.isEmpty() || !polled.equals(controller)) {
            return;
        }
        run.onApPoll(polls(aps));
        long id = run.runId();
        bridge.run(() -> events.changed(id));
        boolean active = aps.stream().anyMatch(a -> ACTIVE.contains(a.phase()));
        if (active) {
            sawActive = true;
        } else if (sawActive || resumed && aps.stream().anyMatch(a -> a.phase().terminal())) {
            boolean failed = aps.stream()
                    .anyMatch(a -> a.phase() == PredownloadPhase.FAILED || a.phase() == PredownloadPhase.ABORTED);
            finish(failed ? RunState.FAILED : RunState.COMPLETED);
        }
    }

    private void tick() {
        WatchedRun run = current;
        if (run != null) {
            try {
                run.tick();
            } catch (RuntimeException e) {
                LOG.warn("Diagnostics tick failed", e);
            }
        }
    }

    private synchronized void finish(RunState state) {
        WatchedRun run = current;
        if (run != null) {
            current = null;
            context.transferListeners().remove(run);
            run.finish(state);
            log.offer(entry(
                    state == RunState.COMPLETED ? LogEntry.Level.INFO : LogEntry.Level.WARNING,
                    Msg.of("history.finished." + state.name(), run.runId())));
            long id = run.runId();
            bridge.run(() -> {
                dialogs.notify(Msg.of("history.finished." + state.name(), id), state != RunState.COMPLETED);
                events.stateChanged(id);
            });
        }
    }

    private void onDiagnosis(Diagnosis d) {
        LogEntry.Level level = switch (d.severity()) {
            case INFO -> LogEntry.Level.INFO;
            case WARNING -> LogEntry.Level.WARNING;
            case ERROR -> LogEntry.Level.ERROR;
        };
        log.offer(new LogEntry(d.time(), LogEntry.Source.APP, d.subject(), level, d.message()));
        if (d.action() != null) {
            log.offer(new LogEntry(d.time(), LogEntry.Source.APP, d.subject(), level, d.action()));
        }
        WatchedRun run = current;
        long id = run == null ? -1 : run.runId();
        bridge.run(() -> {
            if (d.severity() != Severity.INFO) {
                dialogs.notify(d.message(), true);
            }
            events.changed(id);
        });
    }

    private static List<WatchedRun.ApPoll> polls(List<ApStatus> aps) {
        Instant now = Instant.now();
        return aps.stream()
                .map(a -> new WatchedRun.ApPoll(
                        new ApObservation(
                                a.name(),
                                a.model(),
                                a.predownloadStatus() == null ? "" : a.predownloadStatus(),
                                a.retryCount(),
                                now),
                        a.primaryImage(),
                        a.predownloadVersion()))
                .toList();
    }

    private static Set<String> imageTypes(Path bundle) {
        try (Stream<Path> files = Files.list(bundle)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(ApImageName::matches)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static String bundleVersion(Path bundle) {
        try {
            return Files.readString(bundle.resolve("version.info"))
                    .strip()
                    .lines()
                    .findFirst()
                    .orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static LogEntry entry(LogEntry.Level level, Msg msg) {
        return new LogEntry(Instant.now(), LogEntry.Source.APP, "", level, msg);
    }

    UpgradeHistory history() {
        return history;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        context.syslogListeners().remove(syslog);
        finish(RunState.ABORTED);
    }
}
