package org.ewcstation.app.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.i18n.SafeText;
import org.ewcstation.services.discovery.CapwapController;
import org.ewcstation.services.discovery.CapwapDiscovery;
import org.ewcstation.services.discovery.Cidr;
import org.ewcstation.services.discovery.SshHost;
import org.ewcstation.services.discovery.SshSweep;
import org.ewcstation.services.discovery.SweepListener;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.inventory.Inventory;
import org.ewcstation.services.network.LocalInterfaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ewc-station discover [--cidr R] [--capwap] [--capwap-target H[:P]] [--ssh-ports 22,2022]
 * [--user U --password-env VAR] [--json]}. Without {@code --cidr} or a CAPWAP option it sweeps this
 * computer's own IPv4 subnets and broadcasts a CAPWAP discovery. Confirmed EWCs go into the inventory.
 */
@Command(name = "discover", mixinStandardHelpOptions = true, description = "Find EWCs on the local network.")
public final class DiscoverCommand implements Callable<Integer> {

    @ParentCommand
    EwcStationCommand parent;

    @Option(names = "--cidr", paramLabel = "RANGE", description = "IPv4 range to sweep for SSH, /16 or smaller.")
    List<String> cidrs = new ArrayList<>();

    @Option(names = "--capwap", description = "Broadcast a CAPWAP discovery on this computer's subnets.")
    boolean capwap;

    @Option(names = "--capwap-target", paramLabel = "HOST[:PORT]", description = "Send a CAPWAP discovery here.")
    List<String> capwapTargets = new ArrayList<>();

    @Option(names = "--capwap-wait", defaultValue = "3", description = "Seconds to wait for CAPWAP answers.")
    double capwapWait;

    @Option(names = "--ssh-ports", split = ",", defaultValue = "22", description = "SSH ports to try (default 22).")
    List<Integer> sshPorts = new ArrayList<>();

    @Option(names = "--user", paramLabel = "USER", description = "Log in to Cisco SSH servers to confirm an EWC.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable holding the password.")
    String passwordEnv;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Messages m = parent.messages();
        List<Cidr> ranges = new ArrayList<>();
        try {
            for (String c : cidrs) {
                ranges.add(Cidr.parse(c));
            }
        } catch (Cidr.InvalidCidrException e) {
            System.err.println(m.text(e.msg()));
            return 2;
        }
        for (int p : sshPorts) {
            if (p < 1 || p > 65535) {
                System.err.println(m.text(Msg.of("discovery.port.invalid", p)));
                return 2;
            }
        }
        EwcCredentials credentials = null;
        if (user != null) {
            String pw = passwordEnv == null ? null : System.getenv(passwordEnv);
            if (pw == null) {
                System.err.println(m.text(Msg.of("discovery.cli.passwordEnv")));
                return 2;
            }
            credentials = new EwcCredentials(user, pw, pw);
        }
        try (AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false))) {
            LocalInterfaces nics = ctx.localInterfaces();
            boolean defaults = ranges.isEmpty() && !capwap && capwapTargets.isEmpty();
            if (defaults) {
                capwap = true;
                for (LocalInterfaces.LocalAddress a : nics.list()) {
                    if (a.ipv4() && !a.loopback()) {
                        try {
                            ranges.add(Cidr.parse(a.text()));
                        } catch (Cidr.InvalidCidrException e) {
                            System.err.println(m.text(e.msg()));
                        }
                    }
                }
            }
            List<CapwapController> controllers = List.of();
            if (capwap || !capwapTargets.isEmpty()) {
                List<InetSocketAddress> unicast = new ArrayList<>();
                for (String t : capwapTargets) {
                    try {
                        unicast.add(CapwapDiscovery.target(t));
                    } catch (IOException | RuntimeException e) {
                        System.err.println(m.text(Msg.of("discovery.capwap.badTarget", t)));
                        return 2;
                    }
                }
                List<InetSocketAddress> broadcast = capwap
                        ? CapwapDiscovery.subnetBroadcasts(nics.list(), CapwapDiscovery.DEFAULT_PORT)
                        : List.of();
                controllers = ctx.capwapDiscovery(Duration.ofMillis((long) (capwapWait * 1000)))
                        .discover(unicast, broadcast, SweepListener.NONE);
            }
            List<SshHost> hosts = new ArrayList<>();
            SshSweep sweep = ctx.sshSweep();
            for (Cidr r : ranges) {
                hosts.addAll(sweep.sweep(r, sshPorts, credentials, progress(r)));
            }
            Inventory inventory = ctx.inventory();
            for (SshHost h : hosts) {
                if (h.ewc()) {
                    inventory.recordController(
                            h.address(),
                            h.port(),
                            h.version().hostname(),
                            h.version().version(),
                            h.version().platform(),
                            h.fingerprint(),
                            Instant.now());
                }
            }
            print(m, controllers, hosts);
            return 0;
        }
    }

    private SweepListener progress(Cidr range) {
        if (json) {
            return SweepListener.NONE;
        }
        return new SweepListener() {
            @Override
            public void progress(int done, int total) {
                if (done == total || done % 64 == 0) {
                    System.err.printf("\r%s %d/%d", range, done, total);
                    if (done == total) {
                        System.err.println();
                    }
                }
            }
        };
    }

    private void print(Messages m, List<CapwapController> controllers, List<SshHost> hosts) throws IOException {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("capwap", controllers);
            List<Map<String, Object>> ssh = new ArrayList<>();
            for (SshHost h : hosts) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("address", h.address());
                row.put("port", h.port());
                row.put("banner", h.banner());
                row.put("cisco", h.cisco());
                row.put("ewc", h.ewc());
                row.put("hostname", h.version() == null ? null : h.version().hostname());
                row.put("version", h.version() == null ? null : h.version().version());
                row.put("platform", h.version() == null ? null : h.version().platform());
                row.put("fingerprint", h.fingerprint());
                row.put("problem", h.problem() == null ? null : m.text(h.problem()));
                ssh.add(row);
            }
            out.put("ssh", ssh);
            System.out.println(JsonOut.mapper().writeValueAsString(out));
            return;
        }
        System.out.println(m.text(Msg.of("discovery.cli.capwapHeader", controllers.size())));
        for (CapwapController c : controllers) {
            System.out.printf(
                    "  %-21s %-20s %-12s %-16s %d/%d%n",
                    c.address() + ":" + c.port(),
                    SafeText.line(c.acName()),
                    SafeText.line(c.software()),
                    SafeText.line(c.hardware()),
                    c.activeAps(),
                    c.maxAps());
        }
        System.out.println(m.text(Msg.of("discovery.cli.sshHeader", hosts.size())));
        for (SshHost h : hosts) {
            String what = h.ewc()
                    ? m.text(Msg.of(
                            "discovery.kind.ewc",
                            h.version().hostname(),
                            h.version().version()))
                    : h.cisco() ? m.text(Msg.of("discovery.kind.cisco")) : m.text(Msg.of("discovery.kind.other"));
            System.out.printf(
                    "  %-21s %-28s %s%s%n",
                    h.address() + ":" + h.port(),
                    SafeText.line(h.banner()),
                    what,
                    h.problem() == null ? "" : " (" + m.text(h.problem()) + ")");
        }
    }
}
