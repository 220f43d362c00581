package org.ewcstation.app.gui;

import java.time.Instant;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.power.KeepAwakeListener;
import org.ewcstation.services.power.KeepAwakeState;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.BundleInspector;
import org.ewcstation.services.repository.ImageRepository;
import org.ewcstation.services.servers.ServerPreferences;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.services.upgrade.UpgradePreferences;
import org.ewcstation.services.upgrade.UpgradeProgress;
import org.ewcstation.services.upgrade.WorkflowEvents;
import org.ewcstation.views.aptable.ApTableViewModel;
import org.ewcstation.views.eventlog.EventLogViewModel;
import org.ewcstation.views.eventlog.LogEntry;
import org.ewcstation.views.ewc.ControllerItem;
import org.ewcstation.views.ewc.ControllersViewModel;
import org.ewcstation.views.ewc.UpgradeCommandsDetails;
import org.ewcstation.views.fx.Batcher;
import org.ewcstation.views.fx.FxBridge;
import org.ewcstation.views.fx.FxDialogs;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.UiExecutors;
import org.ewcstation.views.history.HistoryViewModel;
import org.ewcstation.views.main.MainViewModel;
import org.ewcstation.views.power.KeepAwakeViewModel;
import org.ewcstation.views.repository.ImportViewModel;
import org.ewcstation.views.servers.ServersViewModel;
import org.ewcstation.views.settings.SettingsViewModel;
import org.ewcstation.views.transfers.TransfersViewModel;
import org.ewcstation.views.upgrade.UpgradeViewModel;

/**
 * The window's half of the composition root: every view model built once, by constructor, from the services of
 * {@link AppContext}, in dependency order; the feeds that bring servers, syslog and transcripts to the FX thread are
 * registered with the context, so they stop with it. Building it without showing a window is the wiring test.
 */
final class GuiGraph {

    final Localization loc;
    final FxBridge bridge;
    final UiExecutors executors;
    final FxDialogs dialogs;
    final MainViewModel model;
    final ResumeOffers resumes;
    final SettingsViewModel settings;
    final UpgradeCommandsDetails commands;

    GuiGraph(AppContext ctx, Supplier<Window> owner) {
        this.loc = new Localization(MainViewModel.initialLanguage(ctx.settings()));
        this.bridge = ctx.onShutdown("fx-bridge", new FxBridge());
        this.executors = new UiExecutors(ctx.background(), bridge::run);
        this.dialogs = new FxDialogs(loc, owner, ctx.settings());
        this.commands =
                new UpgradeCommandsDetails(executors, ctx.workflows().history().dialects(), dialogs);
        EventLogViewModel eventLog = new EventLogViewModel(loc);
        Batcher<LogEntry> appLog =
                ctx.onShutdown("app-log", new Batcher<>(bridge, TransferFeed.EVENT_PERIOD_MS, eventLog::append));
        ApTableViewModel apTable = new ApTableViewModel(loc);
        TransfersViewModel transfers = new TransfersViewModel();
        ServersViewModel servers = servers(ctx);
        TranscriptFeed transcript = ctx.onShutdown("transcript-feed", new TranscriptFeed(bridge, eventLog));
        ApTableFeed table = new ApTableFeed(apTable, loc);
        ctx.workflows().addListener(table);
        // The served folder can change while the window is open: each use builds the repository on the current one.
        Supplier<ImageRepository> repositories = () -> new ImageRepository(
                ctx.servers().settings().root(),
                ImageRepository.DEFAULT_BUNDLES_FOLDER,
                new BundleInspector(ApImageCatalog.builtIn()));
        this.resumes = new ResumeOffers(
                ctx.workflows(), ctx.background(), ctx.workflows().markInterrupted(), appLog);
        ControllersViewModel controllers = ctx.onShutdown(
                "controllers",
                new ControllersViewModel(
                        executors,
                        dialogs,
                        new AppControllerLinks(ctx, transcript),
                        ctx.controllerBook(),
                        new ControllersViewModel.ControllerEvents() {
                            @Override
                            public void snapshot(ControllerItem c, ApSnapshot s) {
                                table.snapshot(c, s);
                                resumes.offerFor(c, dialogs);
                            }

                            @Override
                            public void problem(ControllerItem c, Msg why) {
                                appLog.offer(new LogEntry(
                                        Instant.now(), LogEntry.Source.APP, c.key(), LogEntry.Level.ERROR, why));
                            }
                        }));
        UpgradeViewModel upgrade = ctx.onShutdown(
                "upgrade-model",
                new UpgradeViewModel(
                        new UpgradeViewModel.Parts(
                                ctx.workflows(),
                                controllers,
                                ctx.servers(),
                                ctx.serverChoices(),
                                ctx.localInterfaces(),
                                repositories),
                        executors,
                        dialogs,
                        appLog::offer));
        ImportViewModel importer = new ImportViewModel(
                repositories, executors, bridge::sample, dialogs, appLog::offer, () -> upgrade.refresh(null));
        HistoryViewModel history =
                new HistoryViewModel(ctx.workflows().history(), executors, dialogs, loc, resumes::resume);
        ctx.workflows().addListener(historyFeed(ctx, history));
        KeepAwakeViewModel power = keepAwakeFeed(ctx, appLog);
        this.model = new MainViewModel(
                loc,
                ctx.settings(),
                new MainViewModel.Parts(
                        servers, controllers, apTable, eventLog, transfers, upgrade, importer, history, power));
        ctx.onShutdown(
                "transfer-feed",
                new TransferFeed(bridge, ctx.transferListeners(), ctx.transferRegistry(), transfers, eventLog));
        ctx.onShutdown("syslog-feed", new SyslogFeed(bridge, ctx.syslogListeners(), eventLog));
        servers.rootProperty().subscribe(r -> upgrade.refresh(null));
        for (Protocol p : Protocol.values()) {
            servers.existing(p).appliedProperty().subscribe(n -> upgrade.refresh(null));
        }
        this.settings = settings(ctx, servers);
        controllers.restoreSaved();
    }

    private ServersViewModel servers(AppContext ctx) {
        return new ServersViewModel(
                new ServersViewModel.Parts(
                        ctx.servers(), ctx.settings(), ctx.localInterfaces(), ctx.sftpAccounts(), ctx.serverChoices()),
                executors);
    }

    private SettingsViewModel settings(AppContext ctx, ServersViewModel servers) {
        return new SettingsViewModel(
                new SettingsViewModel.Parts(
                        ctx.servers(),
                        new ServerPreferences(ctx.settings()),
                        ctx.sftpAccounts(),
                        new UpgradePreferences(ctx.settings()),
                        servers,
                        ctx.powerPreferences()),
                executors,
                loc);
    }

    /** The status bar follows the keep-awake state; the one "could not ask the OS" notice goes to the log. */
    private KeepAwakeViewModel keepAwakeFeed(AppContext ctx, Batcher<LogEntry> appLog) {
        KeepAwakeViewModel power = new KeepAwakeViewModel();
        KeepAwakeListener feed = new KeepAwakeListener() {
            @Override
            public void changed(KeepAwakeState s) {
                bridge.run(() -> power.update(s));
            }

            @Override
            public void notice(Severity level, Msg message) {
                appLog.offer(new LogEntry(Instant.now(), LogEntry.Source.APP, "", LogEntry.Level.WARNING, message));
            }
        };
        ctx.keepAwake().addListener(feed);
        ctx.onShutdown("keep-awake-feed", () -> ctx.keepAwake().removeListener(feed));
        KeepAwakeState now = ctx.keepAwake().state();
        bridge.run(() -> power.update(now));
        return power;
    }

    /** The history list and open run views follow every run's steps (read off the FX thread by the views). */
    private WorkflowEvents historyFeed(AppContext ctx, HistoryViewModel history) {
        return new WorkflowEvents() {
            @Override
            public void stageChanged(String controller, Stage from, Stage to) {
                long id = ctx.workflows().of(controller).map(w -> w.runId()).orElse(-1L);
                bridge.run(() -> history.runStateChanged(id));
            }

            @Override
            public void progress(String controller, UpgradeProgress p) {
                long id = ctx.workflows().of(controller).map(w -> w.runId()).orElse(-1L);
                if (id >= 0) {
                    bridge.run(() -> history.runChanged(id));
                }
            }
        };
    }
}
