package org.ewcstation.views.upgrade;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.ops.ApImageAction;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.ewc.ops.PushResult;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.preflight.CheckResult;
import org.ewcstation.services.preflight.Preflight;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.ImageRepository;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.UiExecutors;

/**
 * The guided upgrade: bundle, mode, server address, path; then Save, or Save &amp; Download; then Activate.
 * Every step that talks to the controller or a server runs in the background and reports in the log pane.
 */
public final class UpgradeViewModel {

    private final ServerManager servers;
    private final LocalInterfaces interfaces;
    private final UiExecutors executors;
    private final Dialogs dialogs;
    private final Supplier<Optional<ControllerLink>> link;
    private final Supplier<List<String>> apNames;
    private final Consumer<LogEntry> log;
    private final ObservableList<String> bundles = FXCollections.observableArrayList();
    private final ObservableList<String> addresses = FXCollections.observableArrayList();
    private final StringProperty bundle = new SimpleStringProperty();
    private final ObjectProperty<DownloadMode> mode = new SimpleObjectProperty<>(DownloadMode.TFTP);
    private final StringProperty serverAddress = new SimpleStringProperty();
    private final StringProperty path = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Consumer<StartedDownload> onStarted = s -> {};
    private Runnable onStartFailed = () -> {};
    private Consumer<ControllerLink> onActivated = l -> {};

    /** Called (on a background thread) when the controller refused to start the pre-download after all. */
    /** Called (on a background thread) once the controller swapped the images and reloaded the APs. */
    public void setOnActivated(Consumer<ControllerLink> onActivated) {
        this.onActivated = onActivated;
    }

    public void setOnStartFailed(Runnable onStartFailed) {
        this.onStartFailed = onStartFailed;
    }

    /** A pre-download the controller accepted: what the watcher needs to diagnose and record it. */
    public record StartedDownload(ControllerLink link, DownloadMode mode, String server, int port, String path) {}

    /** Called (on a background thread) just before the pre-download is started. */
    public void setOnStarted(Consumer<StartedDownload> onStarted) {
        this.onStarted = onStarted;
    }

    public UpgradeViewModel(
            ServerManager servers,
            LocalInterfaces interfaces,
            UiExecutors executors,
            Dialogs dialogs,
            Supplier<Optional<ControllerLink>> link,
            Supplier<List<String>> apNames,
            Consumer<LogEntry> log) {
        this.servers = servers;
        this.interfaces = interfaces;
        this.executors = executors;
        this.dialogs = dialogs;
        this.link = link;
        this.apNames = apNames;
        this.log = log;
        bundle.addListener((obs, old, now) -> path.set(now == null || ".".equals(now) ? "" : now));
    }

    /** Re-reads the bundles under the served folder and this computer's addresses, preselecting the one facing {@code controller}. */
    public void refresh(InetAddress controller) {
        executors.background().execute(() -> {
            List<String> found = Bundles.under(servers.settings().root());
            List<String> local = interfaces.list().stream()
                    .map(a -> a.address().getHostAddress().replaceAll("%.*$", ""))
                    .distinct()
                    .toList();
            String best = controller == null
                    ? null
                    : interfaces
                            .bestFor(controller)
                            .map(a -> a.getHostAddress().replaceAll("%.*$", ""))
                            .orElse(null);
            executors.fx().execute(() -> {
                bundles.setAll(found);
                if (bundle.get() == null || !found.contains(bundle.get())) {
                    bundle.set(found.isEmpty() ? null : found.getLast());
                }
                addresses.setAll(local);
                if (best != null) {
                    serverAddress.set(best);
                } else if (serverAddress.get() == null && !local.isEmpty()) {
                    serverAddress.set(local.getFirst());
                }
            });
        });
    }

    /**
     * The selected controller's link when the form is complete ({@code extra} adds a caller's own condition);
     * otherwise says what is missing and returns empty.
     */
    private Optional<ControllerLink> ready(boolean extra) {
        Optional<ControllerLink> l = link.get();
        if (l.isEmpty()) {
            dialogs.error("upgrade.title", Msg.of("upgrade.error.noController"));
            return Optional.empty();
        }
        if (!extra
                || bundle.get() == null
                || serverAddress.get() == null
                || serverAddress.get().isBlank()) {
            dialogs.error("upgrade.title", Msg.of("upgrade.error.incomplete"));
            return Optional.empty();
        }
        return l;
    }

    /**
     * Pushes the profile (and starts the pre-download when {@code thenDownload}). Before a download the preflight
     * runs first: when it finds a red item the technician sees the checklist and decides (the gate), so a download
     * that would fail is not started by accident.
     */
    public void save(boolean thenDownload) {
        Optional<ControllerLink> l = ready(true);
        if (l.isEmpty()) {
            return;
        }
        DownloadMode m = mode.get();
        String server = serverAddress.get().strip();
        String folder = path.get().strip();
        busy.set(true);
        if (!thenDownload || repository == null) {
            executors.background().execute(() -> push(l.get(), m, server, folder, thenDownload));
            return;
        }
        executors.background().execute(() -> {
            Optional<PreflightReport> report = runPreflight(l.get(), m, server, folder);
            executors.fx().execute(() -> {
                if (report.isPresent() && report.get().blocking()) {
                    long red = report.get().results().stream()
                            .filter(r -> r.level() == CheckResult.Level.RED)
                            .count();
                    warn(Msg.of("upgrade.log.preflightRed", red));
                    if (!preflightGate.test(report.get())) {
                        busy.set(false);
                        info(Msg.of("upgrade.log.preflightStopped"));
                        return;
                    }
                    warn(Msg.of("upgrade.log.preflightOverridden"));
                }
                executors.background().execute(() -> push(l.get(), m, server, folder, true));
            });
        });
    }

    /** The preflight's verdict, or empty when it could not run: the gate only helps, so the push then goes on. */
    private Optional<PreflightReport> runPreflight(ControllerLink l, DownloadMode m, String server, String folder) {
        try {
            return Optional.of(preflightOf(l, m, server, folder));
        } catch (RuntimeException e) {
            warn(Msg.of("servers.start.unexpected", "Preflight", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    private PreflightReport preflightOf(ControllerLink l, DownloadMode m, String server, String folder) {
        var input = PreflightGather.gather(servers, interfaces, repository.get(), l, snapshot.get(), m, server, folder);
        return new Preflight(ApImageCatalog.builtIn()).run(input);
    }

    private void push(ControllerLink l, DownloadMode m, String server, String folder, boolean thenDownload) {
        try {
            ServerKind kind = m == DownloadMode.SFTP ? ServerKind.SFTP : ServerKind.TFTP;
            ServerStatus st = servers.start(kind);
            if (!st.running()) {
                fail(st.problem());
                return;
            }
            ProfileRequest req =
                    m == DownloadMode.SFTP ? sftpRequest(server, folder, st) : ProfileRequest.tftp(server, folder);
            info(Msg.of("upgrade.log.pushing", m.keyword(), server, folder));
            PushResult r = l.push(req);
            if (!r.ok()) {
                r.problems().forEach(this::warn);
                fail(
                        r.problems().isEmpty()
                                ? Msg.of("upgrade.error.pushFailed")
                                : r.problems().getFirst());
                return;
            }
            info(Msg.of("upgrade.log.verified", m.keyword(), server, folder));
            if (thenDownload) {
                // Watch before starting: the controller's first requests arrive within milliseconds of the command.
                onStarted.accept(new StartedDownload(l, m, server, st.address().getPort(), folder));
                try {
                    l.run(ApImageAction.START_PREDOWNLOAD, false);
                } catch (EwcException e) {
                    onStartFailed.run();
                    throw e;
                }
                info(Msg.of("upgrade.log.started"));
            }
            executors.fx().execute(() -> {
                busy.set(false);
                dialogs.notify(Msg.of(thenDownload ? "upgrade.done.started" : "upgrade.done.saved"), false);
            });
        } catch (EwcException e) {
            fail(e.msg());
        }
    }

    private ProfileRequest sftpRequest(String server, String folder, ServerStatus st) {
        var info = servers.sftpInfo().orElseThrow();
        ProfileRequest r = ProfileRequest.sftp(
                server, folder, info.credentials().user(), info.credentials().password());
        int port = st.address().getPort();
        return port == 22 ? r : r.withSftpPort(port);
    }

    private Supplier<ImageRepository> repository;
    private Supplier<Optional<ApSnapshot>> snapshot = Optional::empty;
    private Consumer<PreflightReport> onPreflight = r -> {};
    /** Without a view (tests, the CLI): a plain yes/no question. */
    private Predicate<PreflightReport> preflightGate = this::askPlainly;

    private boolean askPlainly(PreflightReport report) {
        return dialogs.confirm("upgrade.preflight.title", Msg.of("upgrade.preflight.startAnyway"));
    }

    /** Where the preflight reads the bundle and the joined APs from. */
    public void setPreflightSources(Supplier<ImageRepository> repository, Supplier<Optional<ApSnapshot>> snapshot) {
        this.repository = repository;
        this.snapshot = snapshot;
    }

    /** Receives each preflight report on the FX thread (the view shows it). */
    public void setOnPreflight(Consumer<PreflightReport> onPreflight) {
        this.onPreflight = onPreflight;
    }

    /** Checks everything the push depends on, before anything is sent: servers, addresses, ping, path, images. */
    public void preflight() {
        Optional<ControllerLink> l = ready(repository != null);
        if (l.isEmpty()) {
            return;
        }
        DownloadMode m = mode.get();
        String server = serverAddress.get().strip();
        String folder = path.get().strip();
        busy.set(true);
        executors.background().execute(() -> {
            try {
                PreflightReport report = preflightOf(l.get(), m, server, folder);
                executors.fx().execute(() -> {
                    busy.set(false);
                    onPreflight.accept(report);
                });
            } catch (RuntimeException e) {
                fail(Msg.of("servers.start.unexpected", "Preflight", String.valueOf(e.getMessage())));
            }
        });
    }

    /** Asked on the FX thread when the preflight before a download found a red item: true to start anyway. */
    public void setPreflightGate(Predicate<PreflightReport> gate) {
        this.preflightGate = gate;
    }

    /** Swap to the pre-downloaded image and reload the APs, after the technician confirmed what will reload. */
    public void activate() {
        Optional<ControllerLink> l = link.get();
        if (l.isEmpty()) {
            dialogs.error("upgrade.title", Msg.of("upgrade.error.noController"));
            return;
        }
        List<String> names = apNames.get();
        String shown =
                String.join(", ", names.subList(0, Math.min(names.size(), 12))) + (names.size() > 12 ? ", ..." : "");
        if (!dialogs.confirm("upgrade.activate.title", Msg.of("upgrade.activate.confirm", names.size(), shown))) {
            return;
        }
        busy.set(true);
        executors.background().execute(() -> {
            try {
                l.get().run(ApImageAction.SWAP, false);
                info(Msg.of("upgrade.log.swapped"));
                l.get().run(ApImageAction.RESET, true);
                info(Msg.of("upgrade.log.reset", names.size()));
                onActivated.accept(l.get());
                executors.fx().execute(() -> {
                    busy.set(false);
                    dialogs.notify(Msg.of("upgrade.done.activated", names.size()), false);
                });
            } catch (EwcException e) {
                fail(e.msg());
            }
        });
    }

    private void info(Msg m) {
        log.accept(new LogEntry(Instant.now(), LogEntry.Source.APP, "", LogEntry.Level.INFO, m));
    }

    private void warn(Msg m) {
        log.accept(new LogEntry(Instant.now(), LogEntry.Source.APP, "", LogEntry.Level.WARNING, m));
    }

    private void fail(Msg why) {
        log.accept(new LogEntry(Instant.now(), LogEntry.Source.APP, "", LogEntry.Level.ERROR, why));
        executors.fx().execute(() -> {
            busy.set(false);
            dialogs.error("upgrade.title", why);
        });
    }

    public ObservableList<String> bundles() {
        return bundles;
    }

    public ObservableList<String> addresses() {
        return addresses;
    }

    public StringProperty bundleProperty() {
        return bundle;
    }

    public ObjectProperty<DownloadMode> modeProperty() {
        return mode;
    }

    public StringProperty serverAddressProperty() {
        return serverAddress;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
