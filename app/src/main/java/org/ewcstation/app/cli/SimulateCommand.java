package org.ewcstation.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ewcstation.simulator.Fault;
import org.ewcstation.simulator.SimulatedEwc;
import org.ewcstation.simulator.SimulatorBuilder;
import org.ewcstation.simulator.SimulatorSettings;
import org.ewcstation.simulator.network.VirtualAp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ewc-station simulate}: a lab EWC with virtual APs, until Ctrl-C. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Run a lab EWC with virtual APs on loopback.")
public final class SimulateCommand implements Callable<Integer> {

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "Address of the controller (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(
            names = "--ssh-port",
            defaultValue = "2022",
            description = "SSH port (0: any free port; default: ${DEFAULT-VALUE}).")
    int sshPort;

    @Option(names = "--aps", defaultValue = "7", description = "Number of virtual APs (default: ${DEFAULT-VALUE}).")
    int aps;

    @Option(names = "--user", defaultValue = "admin", description = "SSH user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", defaultValue = "Cisco123!", description = "SSH password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(
            names = "--enable-secret",
            defaultValue = "Cisco123!",
            description = "Enable secret (default: ${DEFAULT-VALUE}).")
    String enableSecret;

    @Option(
            names = "--tftp-port",
            defaultValue = "69",
            description = "Port the controller's TFTP client sends to (default: ${DEFAULT-VALUE}).")
    int tftpPort;

    @Option(
            names = "--tftp-blksize",
            defaultValue = "0",
            description = "Ask the TFTP server for this blksize (0: no options).")
    int tftpBlockSize;

    @Option(
            names = "--sftp-port",
            defaultValue = "22",
            description = "SFTP port when the profile names none (default: ${DEFAULT-VALUE}).")
    int sftpPort;

    @Option(
            names = "--capwap-port",
            defaultValue = "5246",
            description = "CAPWAP discovery port (-1: off; default: ${DEFAULT-VALUE}).")
    int capwapPort;

    @Option(
            names = "--link-speed",
            defaultValue = "4194304",
            paramLabel = "BYTES_PER_SECOND",
            description = "Speed of each AP's CAPWAP link (default: ${DEFAULT-VALUE}).")
    long linkSpeed;

    @Option(
            names = "--fault",
            paramLabel = "KIND[=ARG]",
            description = "Inject a fault: wrong-path, unreachable, "
                    + "slow-link[=B/s], ap-reboot[=AP], corrupt, refuse[=COMMAND], drop-session[=COMMAND]. Repeatable.")
    List<String> faults = new ArrayList<>();

    @Option(
            names = "--without",
            paramLabel = "COMMAND",
            description = "Play a release that lacks this command, "
                    + "e.g. \"show wireless ewc-ap ap image predownload status\". Repeatable.")
    List<String> without = new ArrayList<>();

    @Option(
            names = "--dialect",
            defaultValue = "install",
            paramLabel = "install|ap-image|none",
            description = "Which upgrade commands the controller knows: the EWC's install flow, the 9800's "
                    + "ap image forms, or none (default: ${DEFAULT-VALUE}).")
    String dialect;

    @Option(
            names = "--reload-time",
            defaultValue = "30s",
            converter = HumanDuration.class,
            description = "How long the controller is away when it reloads (as 30s or 2m; default ${DEFAULT-VALUE}).")
    Duration reloadTime;

    @Option(
            names = "--ap-reboot-time",
            defaultValue = "20s",
            converter = HumanDuration.class,
            description = "How long an AP is away when it reboots (as 30s or 2m; default ${DEFAULT-VALUE}).")
    Duration apRebootTime;

    @Option(
            names = "--bundle",
            paramLabel = "DIR",
            description = "The AP bundle the image server holds: downloads are "
                    + "checked against its sizes and SHA-256, and its version.info names the new version.")
    Path bundle;

    @Override
    public Integer call() throws InterruptedException {
        SimulatorBuilder b = SimulatedEwc.builder()
                .bind(bind)
                .sshPort(sshPort)
                .aps(aps)
                .user(user)
                .password(password)
                .enableSecret(enableSecret)
                .tftpPort(tftpPort)
                .tftpBlockSize(tftpBlockSize)
                .sftpPort(sftpPort)
                .capwapPort(capwapPort)
                .linkBytesPerSecond(linkSpeed)
                .reloadTime(reloadTime)
                .apRebootTime(apRebootTime)
                .bundleDir(bundle);
        try {
            b.dialect(SimulatorSettings.Dialect.of(dialect));
            faults.forEach(f -> b.fault(Fault.parse(f)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        without.forEach(b::without);
        SimulatedEwc ewc;
        try {
            ewc = b.start();
        } catch (RuntimeException e) {
            System.err.println("ewc-station simulate: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            ewc.close();
                            stopped.countDown();
                        },
                        "simulate-shutdown"));
        describe(ewc, System.out);
        stopped.await();
        return 0;
    }

    static void describe(SimulatedEwc ewc, PrintStream out) {
        var s = ewc.settings();
        out.printf(Locale.ROOT, "Simulated EWC %s listening on %s%n", s.hostname(), ewc.host());
        out.printf(
                Locale.ROOT,
                "  SSH:    ssh -p %d %s@%s   password: %s   enable secret: %s%n",
                ewc.sshPort(),
                s.user(),
                ewc.host(),
                s.password(),
                s.enableSecret());
        out.printf(Locale.ROOT, "  TFTP:   the controller fetches images from <server>:%d%n", s.tftpPort());
        out.printf(Locale.ROOT, "  SFTP:   default port %d%n", s.sftpPort());
        if (ewc.capwapPort() > 0) {
            out.printf(Locale.ROOT, "  CAPWAP: discovery on UDP %d%n", ewc.capwapPort());
        }
        if (!ewc.faults().all().isEmpty()) {
            out.printf(Locale.ROOT, "  Faults: %s%n", ewc.faults().all());
        }
        out.printf(
                Locale.ROOT,
                "%n  %-20s %-18s %-7s %-15s %-15s %s%n",
                "AP",
                "Model",
                "Image",
                "Ethernet MAC",
                "IP",
                "Primary");
        for (VirtualAp.Snapshot a : ewc.aps()) {
            out.printf(
                    Locale.ROOT,
                    "  %-20s %-18s %-7s %-15s %-15s %s%s%n",
                    a.name(),
                    a.model().partNumber(),
                    a.imageType(),
                    a.ethernetMac(),
                    a.ip(),
                    a.primary(),
                    a.hostsController() ? "  (hosts the controller)" : "");
        }
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
