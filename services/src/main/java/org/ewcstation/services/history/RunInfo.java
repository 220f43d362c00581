package org.ewcstation.services.history;

import org.ewcstation.servers.event.Protocol;

/**
 * What a run is: the controller ({@code host:port}, the key runs are found by; its name, model and serial in
 * {@code identity}) and the version it ran before, the bundle (profile path and
 * version), the download mode and the server written in the profile ({@code 172.16.5.27} or
 * {@code 172.16.5.62:22}).
 */
public record RunInfo(
        String controller,
        String controllerVersion,
        String bundlePath,
        String bundleVersion,
        Protocol mode,
        String server,
        ControllerIdentity identity) {

    public RunInfo {
        identity = identity == null ? ControllerIdentity.UNKNOWN : identity;
    }

    /** A run whose controller did not say who it is. */
    public RunInfo(
            String controller,
            String controllerVersion,
            String bundlePath,
            String bundleVersion,
            Protocol mode,
            String server) {
        this(controller, controllerVersion, bundlePath, bundleVersion, mode, server, ControllerIdentity.UNKNOWN);
    }
}
