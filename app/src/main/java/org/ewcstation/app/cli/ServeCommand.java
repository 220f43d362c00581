package org.ewcstation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ewc-station serve}. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve images over TFTP and SFTP and receive syslog, headless.")
public final class ServeCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("ewc-station serve: not available yet in this version.");
    return 3;
  }
}
