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
        Msg problem,
        String userLabel) {

    /** How the link to the controller stands. */
    public enum State {
        CONNECTING,
        CONNECTED,
        RECONNECTING,
        FAILED
    }

    public static ControllerItem connecting(String address, int port) {
        return new ControllerItem(address, port, State.CONNECTING, null, null, null, -1, null, "");
    }

    /** A remembered controller not connected yet, with why (a password to enter, or connecting). */
    public static ControllerItem saved(String address, int port, String label, State state, Msg why) {
        return new ControllerItem(address, port, state, null, null, null, -1, why, label);
    }

    public ControllerItem withUserLabel(String l) {
        return new ControllerItem(address, port, state, hostname, version, platform, apCount, problem, l);
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
        String where = port == 22 ? host : host + ":" + port;
        return userLabel == null || userLabel.isBlank() ? where : userLabel + " · " + where;
    }

    public ControllerItem with(State s, Msg why) {
        return new ControllerItem(address, port, s, hostname, version, platform, apCount, why, userLabel);
    }

    public ControllerItem identified(String host, String ver, String plat) {
        return new ControllerItem(address, port, State.CONNECTED, host, ver, plat, apCount, null, userLabel);
    }

    public ControllerItem withApCount(int n) {
        return new ControllerItem(address, port, state, hostname, version, platform, n, problem, userLabel);
    }
}
