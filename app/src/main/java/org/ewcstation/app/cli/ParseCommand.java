package org.ewcstation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ewc-station parse}. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Parse saved controller output (show ap image, show ap summary, show version).")
public final class ParseCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("ewc-station parse: not available yet in this version.");
    return 3;
  }
}
