package org.ewcstation.services.servers;

import java.nio.file.Path;
import java.util.Objects;
import org.ewcstation.servers.sftp.SftpCredentials;

/**
 * What the technician chose for the three servers: the folder served, the address to listen on
 * ({@code null} = every address), the ports, optionally a fixed SFTP account (else one is generated), and whether
 * the SFTP server also offers the SHA-1 algorithms older controllers need.
 */
public record ServerSettings(
        Path root,
        String bindAddress,
        int tftpPort,
        int sftpPort,
        int syslogPort,
        SftpCredentials sftpAccount,
        boolean sftpOlderControllers) {

    public ServerSettings {
        Objects.requireNonNull(root, "root");
    }

    /** Without the compatibility with older controllers (the default). */
    public ServerSettings(
            Path root, String bindAddress, int tftpPort, int sftpPort, int syslogPort, SftpCredentials sftpAccount) {
        this(root, bindAddress, tftpPort, sftpPort, syslogPort, sftpAccount, false);
    }

    /** The ports every EWC expects: TFTP 69, SFTP 22, syslog 514. */
    public static ServerSettings defaults(Path root) {
        return new ServerSettings(root, null, 69, 22, 514, null);
    }

    public ServerSettings withRoot(Path newRoot) {
        return new ServerSettings(
                newRoot, bindAddress, tftpPort, sftpPort, syslogPort, sftpAccount, sftpOlderControllers);
    }

    public ServerSettings withPorts(int tftp, int sftp, int syslog) {
        return new ServerSettings(root, bindAddress, tftp, sftp, syslog, sftpAccount, sftpOlderControllers);
    }

    public ServerSettings withBind(String address) {
        return new ServerSettings(root, address, tftpPort, sftpPort, syslogPort, sftpAccount, sftpOlderControllers);
    }

    public ServerSettings withSftpAccount(SftpCredentials account) {
        return new ServerSettings(root, bindAddress, tftpPort, sftpPort, syslogPort, account, sftpOlderControllers);
    }

    public ServerSettings withSftpOlderControllers(boolean on) {
        return new ServerSettings(root, bindAddress, tftpPort, sftpPort, syslogPort, sftpAccount, on);
    }
}
