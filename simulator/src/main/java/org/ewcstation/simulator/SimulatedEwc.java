package org.ewcstation.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.ewcstation.simulator.capwap.DiscoveryResponder;
import org.ewcstation.simulator.cli.Commands;
import org.ewcstation.simulator.network.ApLifecycle;
import org.ewcstation.simulator.network.BlackHoles;
import org.ewcstation.simulator.network.BundleCatalog;
import org.ewcstation.simulator.network.ControllerLog;
import org.ewcstation.simulator.network.Fleet;
import org.ewcstation.simulator.network.PredownloadEngine;
import org.ewcstation.simulator.network.SyslogSender;
import org.ewcstation.simulator.network.VirtualAp;
import org.ewcstation.simulator.ssh.SshFront;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running lab EWC: {@code SimulatedEwc.builder().aps(7).start()} binds the SSH server (and the CAPWAP
 * discovery responder) on loopback and returns this handle; {@link #close()} stops everything and deletes
 * the downloaded images. Tests steer it through {@link #faults()}, {@link #dropSshSessions()} and
 * {@link #rebootAp(String)}.
 */
public final class SimulatedEwc implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedEwc.class);

    private final SimulatorSettings settings;
    private final FaultControl faults;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final SshClient sshClient;
    private final SyslogSender syslog;
    private final BlackHoles blackHoles;
    private final Path tempDir;
    private final Controller controller;
    private final ApLifecycle lifecycle;
    private final SshFront ssh;
    private final DiscoveryResponder capwap;

    SimulatedEwc(SimulatorSettings settings) throws IOException {
        this.settings = settings;
        InetAddress bind = InetAddress.getByName(settings.bind());
        this.faults = new FaultControl(settings.faults());
        this.workers = Executors.newCachedThreadPool(named("ewc-sim-transfer"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("ewc-sim-timer"));
        this.sshClient = SshClient.setUpDefaultClient();
        // the EWC does not pin the image server's host key
        sshClient.setServerKeyVerifier((session, address, key) -> true);
        sshClient.start();
        this.syslog = new SyslogSender(bind);
        this.blackHoles = new BlackHoles(bind);
        this.tempDir = Files.createTempDirectory("ewc-sim-images");
        ControllerLog log = new ControllerLog(Clock.systemDefaultZone(), syslog);
        String prefix = bind.isLoopbackAddress() ? "127.0.10." : "192.0.2.";
        Fleet fleet = Fleet.defaultMix(settings.apCount(), prefix, settings.apVersion(), settings.previousApVersion());
        this.lifecycle = new ApLifecycle(log, timer, settings.bind(), settings.apRebootTime());
        PredownloadEngine engine = new PredownloadEngine(
                settings,
                fleet,
                log,
                faults,
                sshClient,
                new BundleCatalog(settings.bundleDir()),
                lifecycle,
                workers,
                timer,
                tempDir,
                blackHoles);
        this.controller = new Controller(settings, fleet, log, engine, lifecycle, faults, this::reloadController);
        this.ssh = new SshFront(settings, controller, Commands.table(controller, settings.without()));
        this.capwap =
                settings.capwapPort() < 0 ? null : new DiscoveryResponder(bind, settings.capwapPort(), controller);
    }

    public static SimulatorBuilder builder() {
        return new SimulatorBuilder();
    }

    SimulatedEwc startAll() throws IOException {
        ssh.start();
        if (capwap != null) {
            capwap.start();
        }
        return this;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public String host() {
        return settings.bind();
    }

    public int sshPort() {
        return ssh.port();
    }

    /** The CAPWAP discovery port, or -1 when the responder is off. */
    public int capwapPort() {
        return capwap == null ? -1 : capwap.port();
    }

    /** The SSH host key clients are offered, for a caller that trusts this controller without asking. */
    public PublicKey hostKey() {
        return ssh.hostKey();
    }

    public FaultControl faults() {
        return faults;
    }

    public List<VirtualAp.Snapshot> aps() {
        return controller.fleet().snapshot();
    }

    /** The controller's logging buffer, as {@code show logging} lists it. */
    public List<String> logLines() {
        return controller.log().lines();
    }

    /** Cuts every SSH session now, without a goodbye. */
    public void dropSshSessions() {
        ssh.dropSessions();
    }

    public int sshSessionCount() {
        return ssh.sessionCount();
    }

    /** Reboots one AP now (it rejoins after the reboot time). */
    public void rebootAp(String name) {
        lifecycle.reboot(controller.fleet().byName(name).orElseThrow(() -> new IllegalArgumentException(name)));
    }

    /** Whether SSH accepts logins (false while the controller reloads). */
    public boolean sshUp() {
        return ssh.running();
    }

    private void reloadController() {
        timer.execute(() -> {
            LOG.info("Simulated EWC reloading for {}", settings.reloadTime());
            ssh.stop();
            timer.schedule(
                    () -> {
                        try {
                            ssh.start();
                        } catch (IOException e) {
                            LOG.warn("SSH did not come back after reload", e);
                        }
                    },
                    settings.reloadTime().toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    @Override
    public void close() {
        guarded("capwap", () -> {
            if (capwap != null) {
                capwap.close();
            }
        });
        guarded("ssh", ssh::close);
        guarded("engine", controller.engine()::abort);
        guarded("timer", timer::shutdownNow);
        guarded("workers", workers::shutdownNow);
        guarded("ssh client", sshClient::stop);
        guarded("syslog", syslog::close);
        guarded("black holes", blackHoles::close);
        guarded("temp", () -> {
            try (var files = Files.walk(tempDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        });
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void guarded(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            LOG.debug("Stopping {}: {}", what, e.toString());
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.warn("Uncaught in {}", th.getName(), e));
            return t;
        };
    }
}
