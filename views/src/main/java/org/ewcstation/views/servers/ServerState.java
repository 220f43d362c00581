package org.ewcstation.views.servers;

/** A server as the status strip shows it. {@code detail} is the address:port when running, or the failure code. */
public record ServerState(String protocol, Phase phase, String detail) {

  /** Lifecycle of an embedded server. */
  public enum Phase { STOPPED, RUNNING, FAILED }

  public static ServerState stopped(String protocol) {
    return new ServerState(protocol, Phase.STOPPED, "");
  }
}
