package org.ewcstation.app.gui;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.ewcstation.app.AppContext;
import org.ewcstation.app.cli.VersionProvider;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.discovery.CapwapDiscovery;
import org.ewcstation.services.discovery.SshSweep;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.BundleInspector;
import org.ewcstation.services.repository.ImageRepository;
import org.ewcstation.views.aptable.ApRows;
import org.ewcstation.views.discovery.DiscoveryDialog;
import org.ewcstation.views.discovery.DiscoveryViewModel;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.ewc.AddControllerDialog;
import org.ewcstation.views.ewc.ControllersViewModel;
import org.ewcstation.views.fx.Batcher;
import org.ewcstation.views.fx.ControllerFactory;
import org.ewcstation.views.fx.FxBridge;
import org.ewcstation.views.fx.FxDialogs;
import org.ewcstation.views.fx.FxmlLoader;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.UiExecutors;
import org.ewcstation.views.history.HistoryViewModel;
import org.ewcstation.views.main.MainView;
import org.ewcstation.views.main.MainViewModel;
import org.ewcstation.views.repository.ImportViewModel;
import org.ewcstation.views.servers.ServersViewModel;
import org.ewcstation.views.upgrade.UpgradeViewModel;

/** Builds the main window from the composition root's services and remembers its size. */
public final class MainWindow {

    private final AppContext context;
    private final MainViewModel model;
    private final Stage stage;
    private final FxDialogs dialogs;
    private final FxBridge bridge;
    private final FxmlLoader fxml;

    public MainWindow(AppContext context) {
        this(context, new Stage());
    }

    public MainWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        Localization loc = new Localization(MainViewModel.initialLanguage(context.settings()));
        this.bridge = context.onShutdown("fx-bridge", new FxBridge());
        UiExecutors executors = new UiExecutors(context.background(), bridge::run);
        ServersViewModel servers =
                new ServersViewModel(context.servers(), executors, context.settings(), context.localInterfaces());
        this.dialogs = new FxDialogs(loc, () -> stage);
        TranscriptRelay transcript = new TranscriptRelay();
        ControllersViewModel controllersModel = context.onShutdown(
                "controllers",
                new ControllersViewModel(executors, dialogs, new AppControllerLinks(context, transcript)));
        this.model = new MainViewModel(loc, context.settings(), servers, controllersModel);
        transcript.target(context.onShutdown("transcript-feed", new TranscriptFeed(bridge, model.eventLog())));
        Batcher<LogEntry> appLog = context.onShutdown(
                "app-log", new Batcher<>(bridge, TransferFeed.EVENT_PERIOD_MS, model.eventLog()::append));
        controllersModel.setOnProblem((c, why) ->
                appLog.offer(new LogEntry(Instant.now(), LogEntry.Source.APP, c.key(), LogEntry.Level.ERROR, why)));
        UpgradeViewModel upgrade = new UpgradeViewModel(
                context.servers(),
                context.localInterfaces(),
                executors,
                dialogs,
                controllersModel::selectedLink,
                () -> model.apTable().allRows().stream().map(r -> r.name()).toList(),
                appLog::offer);
        model.setUpgrade(upgrade);
        // The served folder can change while the window is open: each use builds the repository on the current one.
        Supplier<ImageRepository> repositories = () -> new ImageRepository(
                context.servers().settings().root(),
                ImageRepository.DEFAULT_BUNDLES_FOLDER,
                new BundleInspector(ApImageCatalog.builtIn()));
        model.setImporter(new ImportViewModel(
                repositories, executors, bridge::sample, dialogs, appLog::offer, () -> upgrade.refresh(null)));
        upgrade.setPreflightSources(repositories, controllersModel::latestSnapshot);
        RunWatcher runs = context.onShutdown("run-watcher", new RunWatcher(context, appLog, dialogs, bridge));
        var historyModel = new HistoryViewModel(runs.history(), executors, dialogs, loc);
        model.setHistory(historyModel);
        runs.setEvents(new RunWatcher.RunEvents() {
            @Override
            public void changed(long runId) {
                historyModel.runChanged(runId);
            }

            @Override
            public void stateChanged(long runId) {
                historyModel.runStateChanged(runId);
            }
        });
        // Resuming needs the run's controller connected: its polls are what the run records.
        historyModel.setResumer(run -> controllersModel
                .connected(run.controller())
                .map(item -> {
                    controllersModel.selectedProperty().set(item);
                    var link = controllersModel.linkOf(item);
                    return runs.resume(run, () -> link.ifPresent(l -> l.pollNow()));
                })
                .orElseGet(() -> Optional.of(Msg.of("history.resume.notConnected", run.controller(), run.id()))));
        upgrade.setOnStartFailed(runs::startRefused);
        upgrade.setOnActivated(link -> runs.activated(link.endpoint().toString()));
        upgrade.setOnStarted(s -> runs.started(
                s, controllersModel.latestSnapshot().map(x -> x.aps()).orElse(List.of())));
        controllersModel.setOnSnapshot((c, s) -> {
            model.apTable().present(ApRows.of(s));
            runs.onPoll(c.endpoint(), s.aps());
            // after a crash mid-upgrade: offer to go on watching once its controller answers again
            runs.offerFor(c.endpoint())
                    .ifPresent(r -> bridge.run(() -> {
                        if (dialogs.confirm(
                                "history.resume.title", Msg.of("history.resume.offer", r.id(), c.label()))) {
                            historyModel.resume(r);
                        }
                    }));
        });
        controllersModel.selectedProperty().subscribe(c -> upgrade.refresh(c == null ? null : literal(c.address())));
        servers.rootProperty().subscribe(r -> upgrade.refresh(null));
        context.onShutdown(
                "transfer-feed",
                new TransferFeed(bridge, context.transferListeners(), context.transferRegistry(), model));
        context.onShutdown("syslog-feed", new SyslogFeed(bridge, context.syslogListeners(), model.eventLog()));
        ControllerFactory controllers =
                new ControllerFactory().register(AddControllerDialog.class, () -> new AddControllerDialog(loc));
        this.fxml = new FxmlLoader(controllers, loc);
        model.controllers().setOnAdd(this::addController);
        model.controllers().setOnDiscover(() -> discover(executors));
        MainView view = new MainView(model, dialogs)
                .onQuit(this::quit)
                .onAbout(this::about)
                .onExportReport(this::exportReport)
                .onDiscover(() -> discover(executors));
        WindowBounds bounds = WindowBounds.load(context.settings());
        stage.setScene(new Scene(view.build(), bounds.width(), bounds.height()));
        stage.titleProperty().bind(title(loc));
        stage.setOnCloseRequest(e -> saveLayout());
    }

    /** The plain name, or the overall progress while any AP is downloading (visible in the task bar). */
    private StringBinding title(Localization loc) {
        var ap = model.apTable();
        return Bindings.createStringBinding(
                () -> {
                    boolean busy = ap.initiatedProperty().get()
                                    + ap.predownloadingProperty().get()
                            > 0;
                    return busy
                            ? loc.now(
                                    "app.title.progress",
                                    ap.completeProperty().get(),
                                    ap.totalProperty().get())
                            : loc.now("app.title");
                },
                ap.initiatedProperty(),
                ap.predownloadingProperty(),
                ap.completeProperty(),
                ap.totalProperty(),
                loc.messagesProperty());
    }

    private static InetAddress literal(String address) {
        try {
            // Only literal addresses: resolving a host name would block the FX thread.
            return address.matches("[0-9.]+|.*:.*") ? InetAddress.getByName(address) : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public MainViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private void saveLayout() {
        model.saveLayout();
        WindowBounds.save(context.settings(), stage.getWidth(), stage.getHeight());
    }

    private void quit() {
        saveLayout();
        stage.close();
        Platform.exit();
    }

    private void addController() {
        AddControllerDialog.show(fxml, model.localization(), stage).ifPresent(model.controllers()::connect);
    }

    /** The discovery dialog; a fresh view model each time so a stopped search never carries over. */
    private void discover(UiExecutors executors) {
        var dvm = new DiscoveryViewModel(
                executors,
                new SshSweep(SshSweep.Settings.DEFAULTS, context.ewcConnector(), context.hostKeyTrust()),
                new CapwapDiscovery(Duration.ofSeconds(3)),
                context.localInterfaces());
        DiscoveryDialog.show(stage, dvm, model.localization()).ifPresent(model.controllers()::connect);
    }

    /** The newest upgrade run as a report a technician can hand to the customer. */
    private void exportReport() {
        model.history().export(null);
    }

    private void about() {
        Localization loc = model.localization();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(loc.now("about.title"));
        alert.setHeaderText(null);
        alert.setContentText(loc.now("about.text", VersionProvider.version()));
        alert.show();
    }
}
