package org.ewcstation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ewc-station status}. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the AP table of a controller.")
public final class StatusCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("ewc-station status: not available yet in this version.");
    return 3;
  }
}
