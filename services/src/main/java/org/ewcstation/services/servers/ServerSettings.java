package org.ewcstation.services.servers;

import java.nio.file.Path;
import java.util.Objects;
import org.ewcstation.servers.sftp.SftpCredentials;

/**
 * What the technician chose for the three servers: the folder served, the address to listen on
 * ({@code null} = every address), the ports, and optionally a fixed SFTP account (else one is generated).
 */
public record ServerSettings(
        Path root, String bindAddress, int tftpPort, int sftpPort, int syslogPort, SftpCredentials sftpAccount) {

    public ServerSettings {
        Objects.requireNonNull(root, "root");
    }

    /** The ports every EWC expects: TFTP 69, SFTP 22, syslog 514. */
    public static ServerSettings defaults(Path root) {
        return new ServerSettings(root, null, 69, 22, 514, null);
    }

    public ServerSettings withRoot(Path newRoot) {
        return new ServerSettings(newRoot, bindAddress, tftpPort, sftpPort, syslogPort, sftpAccount);
    }

    public ServerSettings withPorts(int tftp, int sftp, int syslog) {
        return new ServerSettings(root, bindAddress, tftp, sftp, syslog, sftpAccount);
    }

    public ServerSettings withBind(String address) {
        return new ServerSettings(root, address, tftpPort, sftpPort, syslogPort, sftpAccount);
    }

    public ServerSettings withSftpAccount(SftpCredentials account) {
        return new ServerSettings(root, bindAddress, tftpPort, sftpPort, syslogPort, account);
    }
}
