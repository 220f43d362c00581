package org.ewcstation.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ewcstation.app.cli.GlobalOptions;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.tftp.TftpServer;
import org.ewcstation.servers.tftp.TftpSettings;
import org.ewcstation.services.config.DataDirectory;
import org.ewcstation.services.store.KnownHostKeys;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.services.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that creates every service and server with {@code new}, in
 * dependency order, and stops them in reverse, each stop guarded, the whole shutdown bounded in time.
 */
public final class AppContext implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
  static final Duration SHUTDOWN_BUDGET = Duration.ofSeconds(5);

  private final GlobalOptions options;
  private final Path dataDir;
  private final Store store;
  private final SettingsRepository settings;
  private final KnownHostKeys knownHostKeys;
  private final TransferListeners transferListeners = new TransferListeners();
  private final TransferRegistry transferRegistry = new TransferRegistry();
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

  public KnownHostKeys knownHostKeys() {
    return knownHostKeys;
  }

  public TransferListeners transferListeners() {
    return transferListeners;
  }

  public TransferRegistry transferRegistry() {
    return transferRegistry;
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
