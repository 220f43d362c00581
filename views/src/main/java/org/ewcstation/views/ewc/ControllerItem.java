package org.ewcstation.views.ewc;

import org.ewcstation.i18n.Msg;

/**
 * A controller as the list shows it: where it is, how the link stands, and what it said about itself.
 * Replaced as a whole on every change. {@code apCount} is -1 until the first poll.
 */
public record ControllerItem(
        String address,
        int port,
        State state,
        String hostname,
        String version,
        String platform,
        int apCount,
        Msg problem) {

    /** How the link to the controller stands. */
    public enum State {
        CONNECTING,
        CONNECTED,
        RECONNECTING,
        FAILED
    }

    public static ControllerItem connecting(String address, int port) {
        return new ControllerItem(address, port, State.CONNECTING, null, null, null, -1, null);
    }

    public String key() {
        return address + ":" + port;
    }

    /** As the history names a controller: {@code host:port}, an IPv6 address in brackets. */
    public String endpoint() {
        return address.contains(":") ? "[" + address + "]:" + port : address + ":" + port;
    }

    public String label() {
        String host = hostname == null || hostname.isBlank() ? address : hostname + " (" + address + ")";
        return port == 22 ? host : host + ":" + port;
    }

    public ControllerItem with(State s, Msg why) {
        return new ControllerItem(address, port, s, hostname, version, platform, apCount, why);
    }

    public ControllerItem identified(String host, String ver, String plat) {
        return new ControllerItem(address, port, State.CONNECTED, host, ver, plat, apCount, null);
    }

    public ControllerItem withApCount(int n) {
        return new ControllerItem(address, port, state, hostname, version, platform, n, problem);
    }
}
