package org.ewcstation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ewc-station simulate}. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Run a lab EWC with virtual APs on loopback.")
public final class SimulateCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("ewc-station simulate: not available yet in this version.");
    return 3;
  }
}
