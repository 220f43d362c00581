package org.ewcstation.servers.sftp;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * What the technician needs to fill in the controller's SFTP profile: where we listen, the account
 * (the password in clear, to copy: show it, never log it) and the host key fingerprints.
 */
public record SftpServerInfo(
        InetSocketAddress address, SftpCredentials credentials, List<HostKeyFingerprint> hostKeys) {

    public SftpServerInfo {
        hostKeys = List.copyOf(hostKeys);
    }
}
