package org.ewcstation.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.syslog.SyslogListeners;
import org.ewcstation.servers.tftp.TftpServer;
import org.ewcstation.servers.tftp.TftpSettings;
import org.ewcstation.services.config.DataDirectory;
import org.ewcstation.services.controllers.ControllerBook;
import org.ewcstation.services.diagnosis.Severity;
import org.ewcstation.services.discovery.CapwapDiscovery;
import org.ewcstation.services.discovery.SshSweep;
import org.ewcstation.services.ewc.session.EwcConnector;
import org.ewcstation.services.ewc.session.HostKeyTrust;
import org.ewcstation.services.ewc.session.SessionSettings;
import org.ewcstation.services.history.UpgradeHistory;
import org.ewcstation.services.inventory.Inventory;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.power.KeepAwake;
import org.ewcstation.services.power.KeepAwakeListener;
import org.ewcstation.services.power.PowerPreferences;
import org.ewcstation.services.power.SleepInhibitors;
import org.ewcstation.services.secrets.SecretStore;
import org.ewcstation.services.secrets.SecretStores;
import org.ewcstation.services.servers.ServerChoices;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerPreferences;
import org.ewcstation.services.servers.ServerSettings;
import org.ewcstation.services.servers.SftpAccounts;
import org.ewcstation.services.store.KnownHostKeys;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.services.store.Store;
import org.ewcstation.services.upgrade.HistoryJournal;
import org.ewcstation.services.upgrade.UpgradePreferences;
import org.ewcstation.services.upgrade.UpgradeWorkflows;
import org.ewcstation.services.upgrade.WorkflowSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that creates every service and server with {@code new}, in
 * dependency order, and stops them in reverse, each stop guarded, the whole shutdown bounded in time.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    static final Duration SHUTDOWN_BUDGET = Duration.ofSeconds(5);
    /** Shared with the servers panel, which writes it when the technician picks another folder. */
    public static final String SERVERS_ROOT_KEY = "ui.servers.root";
    /** How long APs may stay away after activation (ISO-8601 duration). */
    public static final String REJOIN_TIMEOUT_KEY = UpgradePreferences.REJOIN_TIMEOUT_KEY;
    /** {@code write memory} after a verified push, and "yes" to the reload's "Save?" question. */
    public static final String SAVE_CONFIG_KEY = UpgradePreferences.SAVE_CONFIG_KEY;

    private final GlobalOptions options;
    private final Path dataDir;
    private final Store store;
    private final SettingsRepository settings;
    private final KnownHostKeys knownHostKeys;
    private final HostKeyTrust hostKeyTrust;
    private final SecretStore secrets;
    private final SftpAccounts sftpAccounts;
    private final ServerChoices serverChoices;
    private final ControllerBook controllerBook;
    private final EwcConnector ewcConnector;
    private final TransferListeners transferListeners = new TransferListeners();
    private final TransferRegistry transferRegistry = new TransferRegistry();
    private final SyslogListeners syslogListeners = new SyslogListeners();
    private final ExecutorService background;
    private final LocalInterfaces localInterfaces;
    private final ServerManager servers;
    private final ScheduledExecutorService ticker;
    private final UpgradeWorkflows workflows;
    private final Inventory inventory;
    private final KeepAwake keepAwake;
    private final Deque<NamedCloseable> stopOrder = new ArrayDeque<>();
    private boolean closed;

    private AppContext(GlobalOptions options) {
        this.options = options;
        this.dataDir = DataDirectory.resolve(options.dataDir());
        LogFiles.attach(dataDir.resolve("logs"));
        LOG.info("EWC Station starting; data folder {}", dataDir);
        this.store = Store.open(dataDir);
        stopOrder.push(new NamedCloseable("store", store));
        this.settings = new SettingsRepository(store);
        this.knownHostKeys = new KnownHostKeys(store);
        this.hostKeyTrust = new HostKeyTrust(knownHostKeys);
        this.secrets = SecretStores.open(dataDir);
        SecureRandom random = new SecureRandom();
        this.sftpAccounts = new SftpAccounts(settings, secrets, random);
        this.serverChoices = new ServerChoices(settings, secrets);
        this.controllerBook = new ControllerBook(store, secrets, knownHostKeys);
        this.ewcConnector = new EwcConnector(hostKeyTrust, SessionSettings.DEFAULTS);
        this.background = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
                .name("background-", 0)
                .uncaughtExceptionHandler((t, e) -> LOG.error("Uncaught in {}", t.getName(), e))
                .factory());
        stopOrder.push(new NamedCloseable("background", background::shutdownNow));
        this.localInterfaces = new LocalInterfaces();
        this.servers = new ServerManager(
                initialServerSettings(),
                transferListeners,
                transferRegistry,
                syslogListeners,
                random,
                dataDir.resolve("keys"));
        stopOrder.push(new NamedCloseable("servers", servers));
        this.ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("upgrade-ticker").factory());
        stopOrder.push(new NamedCloseable("ticker", ticker::shutdownNow));
        HistoryJournal.Sources runs = new HistoryJournal.Sources(
                new UpgradeHistory(store, Clock.systemUTC()),
                transferListeners,
                syslogListeners,
                () -> servers.settings().root(),
                Clock.systemUTC());
        this.workflows = new UpgradeWorkflows(runs, this::workflowSettings, ticker);
        this.inventory = new Inventory(store);
        stopOrder.push(new NamedCloseable("workflows", workflows));
        this.keepAwake = keepAwake(settings);
        transferListeners.add(keepAwake);
        workflows.addListener(keepAwake);
        // the last pushed stops first: the OS's hold is given back before the servers and runs stop
        stopOrder.push(new NamedCloseable("keep-awake", keepAwake));
    }

    /** The OS is asked from one thread of its own (Windows ties the request to it); the reason in the OS's language. */
    private static KeepAwake keepAwake(SettingsRepository settings) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("keep-awake").factory());
        KeepAwake k = new KeepAwake(
                SleepInhibitors.forThisOs(),
                thread,
                new Messages(Language.systemDefault()).text("power.why"),
                KeepAwake.LINGER,
                PowerPreferences.keepAwake(settings));
        k.addListener(new KeepAwakeListener() {
            @Override
            public void notice(Severity level, Msg message) {
                LOG.warn("{}", new Messages(Language.ENGLISH).text(message));
            }
        });
        return k;
    }

    /** The technician's upgrade settings (rejoin timeout, saving the configuration), read when a workflow starts. */
    private WorkflowSettings workflowSettings() {
        return new UpgradePreferences(settings).load();
    }

    /** The folder remembered from last time, else an empty "images" folder in the data folder. */
    private ServerSettings initialServerSettings() {
        Path root = settings.get(SERVERS_ROOT_KEY)
                .map(Path::of)
                .filter(Files::isDirectory)
                .orElseGet(() -> dataDir.resolve("images"));
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            LOG.warn("Could not create {}", root, e);
        }
        return new ServerPreferences(settings).load(root, sftpAccounts.current());
    }

    /** Builds and starts the whole graph (without the GUI, which the caller adds on top). */
    public static AppContext start(GlobalOptions options) {
        return new AppContext(options);
    }

    public GlobalOptions options() {
        return options;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Store store() {
        return store;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** Where passwords the technician asked us to keep live (OS credential store, else a user-only file). */
    public SecretStore secrets() {
        return secrets;
    }

    /** The embedded SFTP server's kept account. */
    public SftpAccounts sftpAccounts() {
        return sftpAccounts;
    }

    /** Per protocol: our embedded server or the technician's own. */
    public ServerChoices serverChoices() {
        return serverChoices;
    }

    /** The controllers remembered across restarts. */
    public ControllerBook controllerBook() {
        return controllerBook;
    }

    public KnownHostKeys knownHostKeys() {
        return knownHostKeys;
    }

    public HostKeyTrust hostKeyTrust() {
        return hostKeyTrust;
    }

    /** Opens controller CLI sessions (each owns its SSH client; nothing to stop here). */
    public EwcConnector ewcConnector() {
        return ewcConnector;
    }

    public TransferListeners transferListeners() {
        return transferListeners;
    }

    public TransferRegistry transferRegistry() {
        return transferRegistry;
    }

    public SyslogListeners syslogListeners() {
        return syslogListeners;
    }

    /** For blocking work started by the UI: virtual threads named background-N. */
    public ExecutorService background() {
        return background;
    }

    public LocalInterfaces localInterfaces() {
        return localInterfaces;
    }

    public ServerManager servers() {
        return servers;
    }

    /** Controllers, APs and their image history, fed by every poll and every discovery. */
    public Inventory inventory() {
        return inventory;
    }

    /** Keeps the computer from sleeping while our servers send or a run goes on. */
    public KeepAwake keepAwake() {
        return keepAwake;
    }

    /** The keep-awake setting; saving it applies at once. */
    public PowerPreferences powerPreferences() {
        return new PowerPreferences(settings, keepAwake);
    }

    /** A sweep for controllers answering SSH (one per search: a stopped search never carries over). */
    public SshSweep sshSweep() {
        return new SshSweep(SshSweep.Settings.DEFAULTS, ewcConnector, hostKeyTrust);
    }

    /** A CAPWAP discovery that waits {@code wait} for answers. */
    public CapwapDiscovery capwapDiscovery(Duration wait) {
        return new CapwapDiscovery(wait);
    }

    /** One upgrade workflow per controller, shared by the window and the command line. */
    public UpgradeWorkflows workflows() {
        return workflows;
    }

    /**
     * Creates and starts the TFTP server on this context's listeners and registry; it is stopped with the
     * context. Throws {@link org.ewcstation.servers.tftp.TftpBindException} (a coded reason) when the port
     * cannot be opened.
     */
    public TftpServer startTftp(TftpSettings tftpSettings) throws IOException {
        TftpServer server = new TftpServer(tftpSettings, transferListeners, transferRegistry);
        server.start();
        return onShutdown("tftp", server);
    }

    /** Registers something to stop at shutdown, before everything registered earlier. */
    public <T extends AutoCloseable> T onShutdown(String name, T closeable) {
        synchronized (stopOrder) {
            stopOrder.push(new NamedCloseable(name, closeable));
        }
        return closeable;
    }

    @Override
    public void close() {
        synchronized (stopOrder) {
            if (closed) {
                return;
            }
            closed = true;
        }
        long deadline = System.nanoTime() + SHUTDOWN_BUDGET.toNanos();
        NamedCloseable next;
        while ((next = pop()) != null) {
            if (System.nanoTime() > deadline) {
                LOG.warn("Shutdown budget of {} spent; not waiting for {}", SHUTDOWN_BUDGET, next.name());
                continue;
            }
            try {
                next.closeable().close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed", next.name(), e);
            }
        }
        LOG.info("EWC Station stopped");
    }

    private NamedCloseable pop() {
        synchronized (stopOrder) {
            return stopOrder.poll();
        }
    }

    private record NamedCloseable(String name, AutoCloseable closeable) {}
}
