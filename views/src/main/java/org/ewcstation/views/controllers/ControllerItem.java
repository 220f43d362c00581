package org.ewcstation.views.controllers;

/** A controller as the list shows it. {@code apCount} is -1 until the controller was read. */
public record ControllerItem(String address, int port, String hostname, String version, int apCount) {

  public String label() {
    String host = hostname == null || hostname.isBlank() ? address : hostname + " (" + address + ")";
    return port == 22 ? host : host + ":" + port;
  }
}
