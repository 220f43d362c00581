package org.ewcstation.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.tftp.TftpBindException;
import org.ewcstation.servers.tftp.TftpServer;
import org.ewcstation.servers.tftp.TftpSettings;
import org.ewcstation.services.config.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ewc-station serve}: the embedded servers, headless, one line per transfer event until Ctrl-C.
 * TFTP, SFTP and syslog start together unless switched off ({@code --no-tftp}, {@code --no-sftp},
 * {@code --no-syslog}); SFTP prints the account to type into the controller's profile.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve images over TFTP and SFTP and receive syslog, headless, printing one line per event.")
public final class ServeCommand implements Callable<Integer> {

    static final int EXIT_BIND_FAILED = 2;
    static final int EXIT_BAD_INPUT = 64;

    @ParentCommand
    EwcStationCommand parent;

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description = "Folder whose files are served (default: images in the data folder).")
    Path root;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            description = "Local address to listen on (default: every IPv4 and IPv6 address).")
    String bind;

    @Option(
            names = "--tftp-port",
            paramLabel = "N",
            defaultValue = "69",
            description = "TFTP request port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int tftpPort;

    @Option(
            names = "--tftp-max-blksize",
            paramLabel = "BYTES",
            defaultValue = "1468",
            description =
                    "Ceiling on the negotiated blksize (default ${DEFAULT-VALUE}: no IP fragmentation on Ethernet).")
    int tftpMaxBlockSize;

    @Option(
            names = "--tftp-port-range",
            paramLabel = "FIRST-LAST",
            description = "Local ports for the transfers (for firewalls); default: any ephemeral port.")
    String tftpPortRange;

    @Option(names = "--json", description = "Print events as JSON lines.")
    boolean json;

    @Mixin
    SftpSyslogOptions sftpSyslog;

    private final PrintStream out = System.out;

    /** A started server as the command prints and stops it. */
    record Running(String name, InetSocketAddress address, AutoCloseable server) {}

    @Override
    public Integer call() throws InterruptedException, IOException {
        Messages messages = parent == null ? new Messages(Language.systemDefault()) : parent.messages();
        if (root == null) {
            root = Files.createDirectories(DataDirectory.resolve(parent == null ? null : parent.dataDir)
                    .resolve("images"));
        }
        if (!Files.isDirectory(root)) {
            System.err.println(messages.text("serve.rootMissing", root.toAbsolutePath()));
            return EXIT_BAD_INPUT;
        }
        InetAddress bindAddress;
        TftpSettings tftp;
        try {
            bindAddress = bind == null ? null : InetAddress.getByName(bind);
            tftp = TftpSettings.defaults(root.toAbsolutePath())
                    .withBindAddress(bindAddress)
                    .withPort(tftpPort)
                    .withMaxBlockSize(tftpMaxBlockSize)
                    .withTransferPorts(tftpPortRange == null ? null : TftpSettings.PortRange.parse(tftpPortRange));
        } catch (UnknownHostException | IllegalArgumentException e) {
            System.err.println(messages.text("serve.badOption", bind, e.getMessage()));
            return EXIT_BAD_INPUT;
        }
        AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false));
        TransferListener printer = json ? new JsonEventPrinter(out) : new TextEventPrinter(out, messages);
        // In text mode the SFTP part prints its own lines; JSON keeps stdout machine-readable for every protocol
        // and sends the SFTP part's human lines (account, fingerprints) to stderr.
        ctx.transferListeners()
                .add(
                        json
                                ? printer
                                : e -> {
                                    if (e.protocol() == Protocol.TFTP) {
                                        printer.onEvent(e);
                                    }
                                });
        List<Running> running = new ArrayList<>();
        try {
            if (sftpSyslog == null || sftpSyslog.tftpEnabled()) {
                running.add(startTftp(ctx, tftp));
            }
        } catch (TftpBindException e) {
            System.err.println(messages.text(new Msg(e.messageKey(), e.messageArgs())));
            ctx.close();
            return EXIT_BIND_FAILED;
        } catch (IOException e) {
            System.err.println(messages.text("tftp.bind.failed", tftpPort, bind == null ? "*" : bind, e.getMessage()));
            ctx.close();
            return EXIT_BIND_FAILED;
        }
        if (sftpSyslog != null && (sftpSyslog.sftpEnabled() || sftpSyslog.syslogEnabled())) {
            try {
                ctx.onShutdown(
                        "sftp+syslog",
                        new SftpSyslogServe(messages, json ? System.err : out)
                                .start(
                                        sftpSyslog,
                                        root.toAbsolutePath(),
                                        bind == null ? "0.0.0.0" : bind,
                                        new SftpSyslogServe.Sources(
                                                ctx.dataDir(),
                                                ctx.transferListeners(),
                                                ctx.transferRegistry(),
                                                ctx.sftpAccounts(),
                                                System.getenv())));
            } catch (SftpSyslogServe.Failed e) {
                System.err.println(e.getMessage());
                ctx.close();
                return EXIT_BIND_FAILED;
            }
        }
        for (Running r : running) {
            if (json) {
                ((JsonEventPrinter) printer).listening(r.name(), r.address(), root.toAbsolutePath());
            } else {
                out.println(messages.text(
                        "serve.listening", r.name(), TextEventPrinter.address(r.address()), root.toAbsolutePath()));
            }
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("serve-shutdown").unstarted(() -> {
                    ctx.close(); // stops every server in reverse order
                    if (!json) {
                        out.println(messages.text("serve.stopped"));
                    }
                    out.flush();
                    stopped.countDown();
                }));
        stopped.await();
        return 0;
    }

    private static Running startTftp(AppContext ctx, TftpSettings settings) throws IOException {
        TftpServer server = ctx.startTftp(settings);
        return new Running("TFTP", server.localAddress(), server);
    }
}
