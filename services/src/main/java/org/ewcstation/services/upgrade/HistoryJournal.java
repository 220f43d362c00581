package org.ewcstation.services.upgrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.syslog.SyslogEvent;
import org.ewcstation.servers.syslog.SyslogListener;
import org.ewcstation.servers.syslog.SyslogListeners;
import org.ewcstation.services.diagnosis.ApObservation;
import org.ewcstation.services.diagnosis.Diagnosis;
import org.ewcstation.services.diagnosis.DiagnosisListener;
import org.ewcstation.services.diagnosis.DiagnosticsEngine;
import org.ewcstation.services.diagnosis.DiagnosticsSettings;
import org.ewcstation.services.diagnosis.ServedFiles;
import org.ewcstation.services.ewc.dialect.ControllerDialect;
import org.ewcstation.services.ewc.dialect.UpgradeAction;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.history.ControllerDialects;
import org.ewcstation.services.history.ControllerIdentity;
import org.ewcstation.services.history.RunInfo;
import org.ewcstation.services.history.RunState;
import org.ewcstation.services.history.RunSummary;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.services.history.WatchedRun;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.ApImageName;
import org.ewcstation.services.repository.BundleVersionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One controller's runs in the SQLite history, each watched by a diagnostics engine fed with our servers' transfer
 * events, the controller's syslog and every poll. Diagnoses are stored before the UI hears of them. Used alike by
 * the window and the command line; it writes on the caller's thread (the workflow's, the poller's), never the FX one.
 */
public final class HistoryJournal implements RunJournal, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryJournal.class);

    private final UpgradeHistory history;
    private final String controller;
    /** The controller's {@code show version} as last read (null before the first). */
    private final Supplier<VersionInfo> controllerVersion;

    private final TransferListeners transfers;
    private final SyslogListeners syslog;
    private final Supplier<Path> servedRoot;
    private final DiagnosisListener ui;
    private final Clock clock;
    private final ApImageCatalog catalog = ApImageCatalog.builtIn();
    private final SyslogListener syslogFeed;
    private volatile WatchedRun current;

    /** The sources a journal listens to and where it writes. */
    public record Sources(
            UpgradeHistory history,
            TransferListeners transfers,
            SyslogListeners syslog,
            Supplier<Path> servedRoot,
            Clock clock) {}

    public HistoryJournal(Sources s, String controller, Supplier<VersionInfo> controllerVersion, DiagnosisListener ui) {
        this.history = s.history();
        this.transfers = s.transfers();
        this.syslog = s.syslog();
        this.servedRoot = s.servedRoot();
        this.clock = s.clock();
        this.controller = controller;
        this.controllerVersion = controllerVersion;
        this.ui = ui;
        this.syslogFeed = new SyslogListener() {
            @Override
            public void onMessage(SyslogEvent event) {
                WatchedRun run = current;
                if (run != null) {
                    run.onSyslogLine(event.raw());
                }
            }
        };
        syslog.add(syslogFeed);
    }

    @Override
    public synchronized long begin(UpgradePlan plan, List<ApStatus> aps) {
        stop(RunState.ABORTED);
        Path root = servedRoot.get();
        Path bundle = plan.bundleFolder() == null
                ? null
                : root.resolve(plan.bundleFolder()).normalize();
        RunInfo info = new RunInfo(
                controller,
                release(),
                plan.profile().path(),
                plan.apVersion() != null ? plan.apVersion() : bundleVersion(bundle),
                plan.protocol(),
                plan.serverLabel(),
                identity());
        watch(WatchedRun.start(history, info, polls(aps), engine(plan, bundle), ui));
        current.servedBy(plan.bundleFolder() == null);
        return current.runId();
    }

    @Override
    public synchronized long continueForActivation(String controllerName, List<ApStatus> aps) {
        WatchedRun run = current;
        if (run != null) {
            run.mark("activating");
            return run.runId();
        }
        var last = history.latestFor(controllerName, EnumSet.of(RunState.COMPLETED, RunState.INTERRUPTED));
        if (last.isPresent()) {
            RunSummary r = last.get();
            watch(WatchedRun.reopen(history, r.id(), engine(RunPlans.of(r), null), ui));
            return r.id();
        }
        // pre-downloaded by another tool or an older run we no longer have: the activation is a run of its own
        RunInfo info = new RunInfo(controller, release(), "", "", Protocol.TFTP, "", identity());
        watch(WatchedRun.start(history, info, polls(aps), l -> noEngine(l), ui));
        current.mark("activating");
        return current.runId();
    }

    @Override
    public synchronized void resume(long runId, UpgradePlan plan) {
        stop(RunState.ABORTED);
        Path bundle = plan.bundleFolder() == null
                ? null
                : servedRoot.get().resolve(plan.bundleFolder()).normalize();
        watch(WatchedRun.resume(history, runId, engine(plan, bundle), ui));
    }

    @Override
    public void poll(List<ApStatus> aps) {
        WatchedRun run = current;
        if (run != null && !aps.isEmpty()) {
            run.onApPoll(polls(aps));
        }
    }

    @Override
    public void mark(String kind) {
        WatchedRun run = current;
        if (run != null) {
            run.mark(kind);
            if ("rejoined".equals(kind) || "verified".equals(kind)) {
                run.controllerAfter(release()); // read again after the reload
            }
        }
    }

    @Override
    public void diagnosis(Diagnosis d) {
        WatchedRun run = current;
        if (run != null) {
            run.diagnosis(d);
        } else {
            ui.onDiagnosis(d);
        }
    }

    @Override
    public synchronized void finish(RunState state) {
        stop(state);
    }

    @Override
    public long runId() {
        WatchedRun run = current;
        return run == null ? -1 : run.runId();
    }

    /** Kept per controller for its details; a store failure costs the record, never the connection. */
    @Override
    public void dialect(ControllerDialect d) {
        try {
            String release = release();
            history.dialects().record(controller, release, d.family().orElse(""), forms(d));
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the dialect of {}", controller, e);
        }
    }

    private static List<ControllerDialects.Form> forms(ControllerDialect d) {
        List<ControllerDialects.Form> out = new ArrayList<>();
        for (UpgradeAction a : UpgradeAction.values()) {
            d.form(a)
                    .ifPresent(
                            f -> out.add(new ControllerDialects.Form(a.name(), true, String.join(" ; ", f.lines()))));
            List<String> tried = d.tried().get(a);
            if (tried != null) {
                out.add(new ControllerDialects.Form(a.name(), false, String.join(" / ", tried)));
            }
        }
        return out;
    }

    /** The engine's time-based rules (no request yet, an AP stuck); call every few seconds. */
    public void tick() {
        WatchedRun run = current;
        if (run != null) {
            try {
                run.tick();
            } catch (RuntimeException e) {
                LOG.warn("Diagnostics tick failed", e);
            }
        }
    }

    public UpgradeHistory history() {
        return history;
    }

    private void watch(WatchedRun run) {
        current = run;
        transfers.add(run);
    }

    private void stop(RunState state) {
        WatchedRun run = current;
        if (run != null) {
            current = null;
            transfers.remove(run);
            run.finish(state);
            LOG.info("Upgrade run {} on {} finished: {}", run.runId(), controller, state);
        }
    }

    private WatchedRun.EngineFactory engine(UpgradePlan plan, Path bundle) {
        Path root = servedRoot.get();
        DiagnosticsSettings defaults = DiagnosticsSettings.defaults(
                plan.protocol(),
                plan.serverPort(),
                imageTypes(bundle),
                plan.profile().path());
        // no bundle folder in our root: an existing server serves the run, and its requests never reach us
        DiagnosticsSettings settings = plan.bundleFolder() == null ? defaults.existingServer() : defaults;
        return l -> new DiagnosticsEngine(clock, settings, ServedFiles.under(root), catalog, l);
    }

    private DiagnosticsEngine noEngine(DiagnosisListener l) {
        return new DiagnosticsEngine(
                clock,
                DiagnosticsSettings.defaults(Protocol.TFTP, 69, Set.of(), ""),
                ServedFiles.under(servedRoot.get()),
                catalog,
                l);
    }

    private String release() {
        VersionInfo v = controllerVersion.get();
        return v == null || v.version() == null ? "" : v.version();
    }

    private ControllerIdentity identity() {
        return ControllerIdentity.of(controllerVersion.get());
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
        if (bundle == null) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(bundle)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(ApImageName::matches)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static String bundleVersion(Path bundle) {
        if (bundle == null) {
            return "";
        }
        try {
            return BundleVersionInfo.parse(Files.readString(bundle.resolve("version.info")))
                    .version()
                    .orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        syslog.remove(syslogFeed);
    }
}
