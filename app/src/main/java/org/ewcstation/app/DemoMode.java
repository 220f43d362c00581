package org.ewcstation.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.poll.PollSettings;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcEndpoint;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.TranscriptListener;
import org.ewcstation.services.repository.BundleInspector;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerSettings;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.simulator.SimulatedEwc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --demo}: a lab controller with a dozen APs on loopback, our servers on high ports serving a small
 * synthetic bundle, and the controller ready to add, so a new user sees the whole flow in a minute without
 * a network. Nothing leaves 127.0.0.1.
 */
public final class DemoMode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);
    public static final String BUNDLE = "EWC/17_12_1";
    static final List<String> IMAGES = List.of("ap1g4", "ap1g5", "ap1g6", "ap1g6a", "ap1g7", "ap1g8", "ap3g3");
    static final String CONTROLLER_IMAGE = BundleInspector.CONTROLLER_IMAGE;

    /** Where the demo controller is and how to log in. */
    public record Controller(String host, int port, String user, String password, String enableSecret) {}

    private final SimulatedEwc ewc;
    private final Controller controller;

    private DemoMode(SimulatedEwc ewc) {
        this.ewc = ewc;
        this.controller = new Controller(
                ewc.host(),
                ewc.sshPort(),
                ewc.settings().user(),
                ewc.settings().password(),
                ewc.settings().enableSecret());
    }

    /**
     * How the demo runs: {@code tftpPort} / {@code sftpPort} are where the simulated controller fetches images, 0 for
     * our own servers' ports (another value: an existing server the technician runs, such as tftpd-hpa).
     */
    public record Options(int aps, long imageBytes, long linkBytesPerSecond, int tftpPort, int sftpPort) {}

    /** The folder the demo serves its bundle from (under {@link #BUNDLE}). */
    public static Path imagesRoot(AppContext ctx) {
        return ctx.dataDir().resolve("demo").resolve("images");
    }

    /** Builds the bundle, starts our three servers on free loopback ports, then the simulated controller. */
    public static DemoMode start(AppContext ctx, int aps, long imageBytes, long linkBytesPerSecond) throws IOException {
        return start(ctx, new Options(aps, imageBytes, linkBytesPerSecond, 0, 0));
    }

    /** The same with the simulated controller fetching from the ports {@code o} names. */
    public static DemoMode start(AppContext ctx, Options o) throws IOException {
        int aps = o.aps();
        long imageBytes = o.imageBytes();
        long linkBytesPerSecond = o.linkBytesPerSecond();
        Path root = imagesRoot(ctx);
        Path bundle = writeBundle(root.resolve(BUNDLE), imageBytes);
        ctx.servers()
                .update(new ServerSettings(
                        root, "127.0.0.1", 0, 0, 0, ctx.sftpAccounts().current()));
        int[] ports = new int[3];
        for (ServerKind k : ServerKind.values()) {
            ServerStatus s = ctx.servers().start(k);
            if (!s.running()) {
                throw new IOException("demo: " + k + " did not start: " + s.problem());
            }
            ports[k.ordinal()] = s.address().getPort();
        }
        SimulatedEwc ewc = SimulatedEwc.builder()
                .bind("127.0.0.1")
                .sshPort(0)
                .capwapPort(0)
                .aps(aps)
                .tftpPort(o.tftpPort() > 0 ? o.tftpPort() : ports[ServerKind.TFTP.ordinal()])
                .sftpPort(o.sftpPort() > 0 ? o.sftpPort() : ports[ServerKind.SFTP.ordinal()])
                .bundleDir(bundle)
                .ownImageSize(imageBytes)
                .linkBytesPerSecond(linkBytesPerSecond)
                .apRebootTime(Duration.ofSeconds(5))
                .reloadTime(Duration.ofSeconds(5))
                .retryDelay(Duration.ofSeconds(5))
                .start();
        DemoMode demo = ctx.onShutdown("demo-controller", new DemoMode(ewc));
        // we generated this controller's key ourselves, so the window has nothing to ask about when it connects
        ctx.hostKeyTrust().trust(new EwcEndpoint(ewc.host(), ewc.sshPort()), ewc.hostKey());
        demo.sendSyslogTo(ctx, ports[ServerKind.SYSLOG.ordinal()]);
        LOG.info("Demo controller on {}:{} with {} APs; bundle {}", ewc.host(), ewc.sshPort(), aps, bundle);
        return demo;
    }

    private void sendSyslogTo(AppContext ctx, int port) {
        try (ControllerLink link = new ControllerLink(
                ctx.ewcConnector(),
                new EwcEndpoint(controller.host(), controller.port()),
                new EwcCredentials(controller.user(), controller.password(), controller.enableSecret()),
                TranscriptListener.NONE,
                PollSettings.DEFAULTS,
                Clock.systemUTC())) {
            link.sendSyslogTo("127.0.0.1", port);
        } catch (EwcException e) {
            LOG.warn("Demo: could not point the controller's syslog at us", e);
        }
    }

    /** A bundle that looks like Cisco's: one file per AP image type, version files, a readme. */
    public static Path writeBundle(Path dir, long imageBytes) throws IOException {
        Files.createDirectories(dir);
        byte[] block = new byte[64 * 1024];
        // the AP images, and the controller's own image as a real bundle has it (the preflight asks for it)
        for (String image :
                Stream.concat(IMAGES.stream(), Stream.of(CONTROLLER_IMAGE)).toList()) {
            Path f = dir.resolve(image);
            if (Files.exists(f) && Files.size(f) == imageBytes) {
                continue;
            }
            Random random = new Random(image.hashCode()); // same bytes every run: the controller checks them
            try (OutputStream out = Files.newOutputStream(f)) {
                for (long left = imageBytes; left > 0; left -= block.length) {
                    random.nextBytes(block);
                    out.write(block, 0, (int) Math.min(block.length, left));
                }
            }
        }
        Files.writeString(dir.resolve("version.info"), "17.12.1.5\n");
        Files.writeString(dir.resolve("controller_version.info"), "17.12.1\n");
        Files.writeString(dir.resolve("readme.txt"), "Demo bundle made by EWC Station; not a real AP image.\n");
        return dir;
    }

    public Controller controller() {
        return controller;
    }

    public SimulatedEwc simulator() {
        return ewc;
    }

    @Override
    public void close() {
        ewc.close();
    }
}
