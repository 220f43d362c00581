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
import org.ewcstation.servers.event.TransferListener;
import org.ewcstation.servers.tftp.TftpBindException;
import org.ewcstation.servers.tftp.TftpServer;
import org.ewcstation.servers.tftp.TftpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ewc-station serve}: the embedded servers, headless, one line per transfer event until Ctrl-C.
 * Each server is started by its own method and added to {@code running}, so SFTP and syslog slot in
 * beside TFTP with their own options.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve images over TFTP (and later SFTP, syslog), headless, printing one line per event.")
public final class ServeCommand implements Callable<Integer> {

  static final int EXIT_BIND_FAILED = 2;
  static final int EXIT_BAD_INPUT = 64;

  @ParentCommand EwcStationCommand parent;

  @Option(names = "--root", required = true, paramLabel = "DIR", description = "Folder whose files are served.")
  Path root;

  @Option(names = "--bind", paramLabel = "ADDR",
      description = "Local address to listen on (default: every IPv4 and IPv6 address).")
  String bind;

  @Option(names = "--tftp-port", paramLabel = "N", defaultValue = "69",
      description = "TFTP request port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int tftpPort;

  @Option(names = "--tftp-max-blksize", paramLabel = "BYTES", defaultValue = "1468",
      description = "Ceiling on the negotiated blksize (default ${DEFAULT-VALUE}: no IP fragmentation on Ethernet).")
  int tftpMaxBlockSize;

  @Option(names = "--tftp-port-range", paramLabel = "FIRST-LAST",
      description = "Local ports for the transfers (for firewalls); default: any ephemeral port.")
  String tftpPortRange;

  @Option(names = "--json", description = "Print events as JSON lines.")
  boolean json;

  private final PrintStream out = System.out;
  private final Messages messages = new Messages(Language.systemDefault());

  /** A started server as the command prints and stops it. */
  record Running(String name, InetSocketAddress address, AutoCloseable server) {}

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.isDirectory(root)) {
      System.err.println(messages.text("serve.rootMissing", root.toAbsolutePath()));
      return EXIT_BAD_INPUT;
    }
    InetAddress bindAddress;
    TftpSettings tftp;
    try {
      bindAddress = bind == null ? null : InetAddress.getByName(bind);
      tftp = TftpSettings.defaults(root.toAbsolutePath()).withBindAddress(bindAddress).withPort(tftpPort)
          .withMaxBlockSize(tftpMaxBlockSize)
          .withTransferPorts(tftpPortRange == null ? null : TftpSettings.PortRange.parse(tftpPortRange));
    } catch (UnknownHostException | IllegalArgumentException e) {
      System.err.println(messages.text("serve.badOption", bind, e.getMessage()));
      return EXIT_BAD_INPUT;
    }
    AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false));
    TransferListener printer = json ? new JsonEventPrinter(out) : new TextEventPrinter(out, messages);
    ctx.transferListeners().add(printer);
    List<Running> running = new ArrayList<>();
    try {
      running.add(startTftp(ctx, tftp));
    } catch (TftpBindException e) {
      System.err.println(messages.text(new Msg(e.messageKey(), e.messageArgs())));
      ctx.close();
      return EXIT_BIND_FAILED;
    } catch (IOException e) {
      System.err.println(messages.text("tftp.bind.failed", tftpPort, bind == null ? "*" : bind, e.getMessage()));
      ctx.close();
      return EXIT_BIND_FAILED;
    }
    for (Running r : running) {
      if (json) {
        ((JsonEventPrinter) printer).listening(r.name(), r.address(), root.toAbsolutePath());
      } else {
        out.println(messages.text("serve.listening", r.name(), TextEventPrinter.address(r.address()),
            root.toAbsolutePath()));
      }
    }
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("serve-shutdown").unstarted(() -> {
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
