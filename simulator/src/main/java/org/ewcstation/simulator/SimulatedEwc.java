package org.ewcstation.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    private SimulatedEwc(SimulatorSettings settings) throws IOException {
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

    public static Builder builder() {
        return new Builder();
    }

    private SimulatedEwc startAll() throws IOException {
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

    /** Defaults: loopback, ephemeral SSH port, 7 APs, admin / Cisco123! / enable Cisco123!. */
    public static final class Builder {
        private String bind = "127.0.0.1";
        private int sshPort;
        private int aps = 7;
        private String user = "admin";
        private String password = "Cisco123!";
        private String enableSecret = "Cisco123!";
        private String hostname = "WLC-EWC";
        private int tftpPort = 69;
        private int sftpPort = 22;
        private int capwapPort = 5246;
        private int tftpBlockSize;
        private long linkBytesPerSecond = 4L * 1024 * 1024;
        private long ownImageSize = 48L * 1024 * 1024;
        private Duration transferTimeout = Duration.ofSeconds(5);
        private int transferRetries = 5;
        private Duration apRebootTime = Duration.ofSeconds(20);
        private Duration retryDelay = Duration.ofSeconds(30);
        private Duration reloadTime = Duration.ofSeconds(30);
        private String iosVersion = "17.9.4a";
        private String apVersion = "17.9.4.27";
        private String previousApVersion = "17.9.3.50";
        private String targetApVersion = "17.12.1.5";
        private final List<Fault> faults = new ArrayList<>();
        private final Set<String> without = new LinkedHashSet<>();
        private Path bundleDir;
        private Path hostKey;

        public Builder bind(String v) {
            bind = v;
            return this;
        }

        public Builder sshPort(int v) {
            sshPort = v;
            return this;
        }

        public Builder aps(int v) {
            aps = v;
            return this;
        }

        public Builder user(String v) {
            user = v;
            return this;
        }

        public Builder password(String v) {
            password = v;
            return this;
        }

        public Builder enableSecret(String v) {
            enableSecret = v;
            return this;
        }

        public Builder hostname(String v) {
            hostname = v;
            return this;
        }

        public Builder tftpPort(int v) {
            tftpPort = v;
            return this;
        }

        public Builder sftpPort(int v) {
            sftpPort = v;
            return this;
        }
        /** -1 turns the CAPWAP discovery responder off; 0 picks an ephemeral port. */
        public Builder capwapPort(int v) {
            capwapPort = v;
            return this;
        }

        public Builder tftpBlockSize(int v) {
            tftpBlockSize = v;
            return this;
        }

        public Builder linkBytesPerSecond(long v) {
            linkBytesPerSecond = v;
            return this;
        }

        public Builder ownImageSize(long v) {
            ownImageSize = v;
            return this;
        }

        public Builder transferTimeout(Duration v) {
            transferTimeout = v;
            return this;
        }

        public Builder transferRetries(int v) {
            transferRetries = v;
            return this;
        }

        public Builder apRebootTime(Duration v) {
            apRebootTime = v;
            return this;
        }

        public Builder retryDelay(Duration v) {
            retryDelay = v;
            return this;
        }

        public Builder reloadTime(Duration v) {
            reloadTime = v;
            return this;
        }

        public Builder iosVersion(String v) {
            iosVersion = v;
            return this;
        }

        public Builder apVersion(String v) {
            apVersion = v;
            return this;
        }

        public Builder previousApVersion(String v) {
            previousApVersion = v;
            return this;
        }

        public Builder targetApVersion(String v) {
            targetApVersion = v;
            return this;
        }

        public Builder fault(Fault v) {
            faults.add(v);
            return this;
        }

        public Builder without(String command) {
            without.add(command);
            return this;
        }

        public Builder bundleDir(Path v) {
            bundleDir = v;
            return this;
        }

        public Builder hostKey(Path v) {
            hostKey = v;
            return this;
        }

        public SimulatorSettings settings() {
            return new SimulatorSettings(
                    bind,
                    sshPort,
                    aps,
                    user,
                    password,
                    enableSecret,
                    hostname,
                    tftpPort,
                    sftpPort,
                    capwapPort,
                    tftpBlockSize,
                    linkBytesPerSecond,
                    ownImageSize,
                    transferTimeout,
                    transferRetries,
                    apRebootTime,
                    retryDelay,
                    reloadTime,
                    iosVersion,
                    apVersion,
                    previousApVersion,
                    targetApVersion,
                    faults,
                    without,
                    bundleDir,
                    hostKey);
        }

        /** Binds and starts; the caller closes the result. */
        public SimulatedEwc start() {
            try {
                SimulatedEwc ewc = new SimulatedEwc(settings());
                try {
                    return ewc.startAll();
                } catch (IOException | RuntimeException e) {
                    ewc.close();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the simulated EWC: " + e.getMessage(), e);
            }
        }
    }
}
