package org.ewcstation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ewc-station discover}. */
@Command(name = "discover", mixinStandardHelpOptions = true, description = "Find EWCs on the local network.")
public final class DiscoverCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("ewc-station discover: not available yet in this version.");
    return 3;
  }
}
