package org.ewcstation.services.servers;

import java.net.InetSocketAddress;
import org.ewcstation.i18n.Msg;

/** One server's state: where it listens when running, why it is not when it failed. */
public record ServerStatus(ServerKind kind, Phase phase, InetSocketAddress address, Msg problem) {

    /** Lifecycle of an embedded server. */
    public enum Phase {
        STOPPED,
        RUNNING,
        FAILED
    }

    public static ServerStatus stopped(ServerKind kind) {
        return new ServerStatus(kind, Phase.STOPPED, null, null);
    }

    public boolean running() {
        return phase == Phase.RUNNING;
    }
}
