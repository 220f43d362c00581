package org.ewcstation.services.history;

import org.ewcstation.servers.event.Protocol;

/**
 * What a run is: the controller (name or address) and the version it ran before, the bundle (profile path and
 * version), the download mode and the server written in the profile ({@code 172.16.5.27} or
 * {@code 172.16.5.62:22}).
 */
public record RunInfo(
        String controller,
        String controllerVersion,
        String bundlePath,
        String bundleVersion,
        Protocol mode,
        String server) {}
