package org.ewcstation.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ewcstation.simulator.network.ApLifecycle;
import org.ewcstation.simulator.network.ControllerLog;
import org.ewcstation.simulator.network.Fleet;
import org.ewcstation.simulator.network.ImageProfile;
import org.ewcstation.simulator.network.PredownloadEngine;
import org.ewcstation.simulator.network.VirtualAp;

/** The simulated EWC's state that the CLI reads and changes: APs, profiles, log, pre-download. */
public final class Controller {

    private final SimulatorSettings settings;
    private final Fleet fleet;
    private final ControllerLog log;
    private final PredownloadEngine engine;
    private final ApLifecycle lifecycle;
    private final FaultControl faults;
    private final Map<String, ImageProfile> profiles = new TreeMap<>();
    private final Runnable reloadHook;
    private volatile Instant bootTime = Instant.now();

    public Controller(
            SimulatorSettings settings,
            Fleet fleet,
            ControllerLog log,
            PredownloadEngine engine,
            ApLifecycle lifecycle,
            FaultControl faults,
            Runnable reloadHook) {
        this.settings = settings;
        this.fleet = fleet;
        this.log = log;
        this.engine = engine;
        this.lifecycle = lifecycle;
        this.faults = faults;
        this.reloadHook = reloadHook;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public Fleet fleet() {
        return fleet;
    }

    public ControllerLog log() {
        return log;
    }

    public PredownloadEngine engine() {
        return engine;
    }

    public FaultControl faults() {
        return faults;
    }

    public Instant bootTime() {
        return bootTime;
    }

    /** The named profile, created on first use as {@code wireless profile image-download NAME} does. */
    public synchronized ImageProfile profile(String name) {
        return profiles.computeIfAbsent(name, ImageProfile::new);
    }

    /** The profile bound to the default site tag, if configured. */
    public synchronized ImageProfile.Snapshot defaultProfile() {
        ImageProfile p = profiles.get("default");
        return p == null ? null : p.snapshot();
    }

    public synchronized List<ImageProfile.Snapshot> profiles() {
        return profiles.values().stream().map(ImageProfile::snapshot).toList();
    }

    /** {@code ap image swap}: every joined AP makes its backup image the primary one. */
    public void swap() {
        fleet.aps().stream().filter(VirtualAp::joined).forEach(VirtualAp::swap);
    }

    /** {@code ap image reset}: the APs served by the controller reboot (the hosting AP stays up). */
    public void resetAps() {
        fleet.aps().stream().filter(a -> !a.hostsController()).forEach(lifecycle::reboot);
    }

    /** {@code reload}: every AP goes down, the controller too; it comes back after the reload time. */
    public void reload() {
        engine.abort();
        fleet.aps().forEach(a -> lifecycle.reboot(a, settings.reloadTime().plus(settings.apRebootTime())));
        bootTime = Instant.now().plus(settings.reloadTime());
        reloadHook.run();
    }
}
