package org.ewcstation.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ewcstation.app.AppContext;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ewc-station serve}. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve images over TFTP and SFTP and receive syslog, headless.")
public final class ServeCommand implements Callable<Integer> {

  @ParentCommand EwcStationCommand parent;

  @Option(names = "--root", paramLabel = "DIR", description = "Image folder to serve (default: the repository in the data folder).")
  Path root;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "0.0.0.0", description = "Address to listen on (default: all).")
  String bind;

  @Mixin SftpSyslogOptions sftpSyslog;

  @Override
  public Integer call() throws Exception {
    Messages messages = new Messages(Language.systemDefault());
    AppContext ctx = AppContext.start(new GlobalOptions(parent == null ? null : parent.dataDir, false));
    Path served = root != null ? root : Files.createDirectories(ctx.dataDir().resolve("repository"));
    try {
      ctx.onShutdown("sftp+syslog", new SftpSyslogServe(messages, System.out).start(sftpSyslog,
          served, bind, ctx.dataDir(), ctx.transferListeners(), ctx.transferRegistry(), System.getenv()));
    } catch (SftpSyslogServe.Failed e) {
      System.err.println(e.getMessage());
      ctx.close();
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("serve-shutdown").unstarted(() -> {
      ctx.close();
      stopped.countDown();
    }));
    stopped.await(); // until Ctrl-C
    return 0;
  }
}
