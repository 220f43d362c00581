package org.ewcstation.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ewc-station push}. */
@Command(name = "push", mixinStandardHelpOptions = true, description = "Push the image-download profile to a controller and start the pre-download.")
public final class PushCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("ewc-station push: not available yet in this version.");
    return 3;
  }
}
