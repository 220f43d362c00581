package org.ewcstation.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Defaults: loopback, ephemeral SSH port, 7 APs, admin / Cisco123! / enable Cisco123!. */
public final class SimulatorBuilder {
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
    private String targetIosVersion = "17.12.1";
    private SimulatorSettings.Dialect dialect = SimulatorSettings.Dialect.INSTALL;
    private final List<Fault> faults = new ArrayList<>();
    private final Set<String> without = new LinkedHashSet<>();
    private Path bundleDir;
    private Path hostKey;

    public SimulatorBuilder bind(String v) {
        bind = v;
        return this;
    }

    public SimulatorBuilder sshPort(int v) {
        sshPort = v;
        return this;
    }

    public SimulatorBuilder aps(int v) {
        aps = v;
        return this;
    }

    public SimulatorBuilder user(String v) {
        user = v;
        return this;
    }

    public SimulatorBuilder password(String v) {
        password = v;
        return this;
    }

    public SimulatorBuilder enableSecret(String v) {
        enableSecret = v;
        return this;
    }

    public SimulatorBuilder hostname(String v) {
        hostname = v;
        return this;
    }

    public SimulatorBuilder tftpPort(int v) {
        tftpPort = v;
        return this;
    }

    public SimulatorBuilder sftpPort(int v) {
        sftpPort = v;
        return this;
    }
    /** -1 turns the CAPWAP discovery responder off; 0 picks an ephemeral port. */
    public SimulatorBuilder capwapPort(int v) {
        capwapPort = v;
        return this;
    }

    public SimulatorBuilder tftpBlockSize(int v) {
        tftpBlockSize = v;
        return this;
    }

    public SimulatorBuilder linkBytesPerSecond(long v) {
        linkBytesPerSecond = v;
        return this;
    }

    public SimulatorBuilder ownImageSize(long v) {
        ownImageSize = v;
        return this;
    }

    public SimulatorBuilder transferTimeout(Duration v) {
        transferTimeout = v;
        return this;
    }

    public SimulatorBuilder transferRetries(int v) {
        transferRetries = v;
        return this;
    }

    public SimulatorBuilder apRebootTime(Duration v) {
        apRebootTime = v;
        return this;
    }

    public SimulatorBuilder retryDelay(Duration v) {
        retryDelay = v;
        return this;
    }

    public SimulatorBuilder reloadTime(Duration v) {
        reloadTime = v;
        return this;
    }

    public SimulatorBuilder iosVersion(String v) {
        iosVersion = v;
        return this;
    }

    public SimulatorBuilder apVersion(String v) {
        apVersion = v;
        return this;
    }

    public SimulatorBuilder previousApVersion(String v) {
        previousApVersion = v;
        return this;
    }

    public SimulatorBuilder targetApVersion(String v) {
        targetApVersion = v;
        return this;
    }

    public SimulatorBuilder targetIosVersion(String v) {
        targetIosVersion = v;
        return this;
    }

    public SimulatorBuilder dialect(SimulatorSettings.Dialect v) {
        dialect = v;
        return this;
    }

    public SimulatorBuilder fault(Fault v) {
        faults.add(v);
        return this;
    }

    public SimulatorBuilder without(String command) {
        without.add(command);
        return this;
    }

    public SimulatorBuilder bundleDir(Path v) {
        bundleDir = v;
        return this;
    }

    public SimulatorBuilder hostKey(Path v) {
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
                targetIosVersion,
                dialect,
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
