package org.ewcstation.app.cli;

import org.ewcstation.servers.sftp.SftpSettings;
import org.ewcstation.servers.syslog.SyslogSettings;
import picocli.CommandLine.Option;

/** The {@code serve} options of the SFTP server and the syslog receiver (a mixin, so ServeCommand stays small). */
public final class SftpSyslogOptions {

    @Option(names = "--no-tftp", description = "Do not start the TFTP server.")
    boolean noTftp;

    @Option(names = "--no-sftp", description = "Do not start the SFTP server.")
    boolean noSftp;

    @Option(names = "--no-syslog", description = "Do not start the syslog receiver.")
    boolean noSyslog;

    @Option(
            names = "--sftp-port",
            paramLabel = "PORT",
            defaultValue = "" + SftpSettings.DEFAULT_PORT,
            description = "SFTP port (default: ${DEFAULT-VALUE}, the controller's default; 0 picks a free one).")
    int sftpPort;

    @Option(
            names = "--sftp-user",
            paramLabel = "USER",
            description = "SFTP user name (default: the account kept for this data folder, generated once).")
    String sftpUser;

    @Option(
            names = "--sftp-password-env",
            paramLabel = "VAR",
            description =
                    "Take the SFTP password from this environment variable; it is never printed (default: the kept "
                            + "account's password, generated once and printed only then). Never on the command line, where "
                            + "other users could read it.")
    String sftpPasswordEnv;

    @Option(
            names = "--sftp-older-controllers",
            description = "Compatibility with older controllers: also offer the SHA-1 algorithms (ssh-rsa host-key "
                    + "signatures, diffie-hellman-group14-sha1, hmac-sha1) that IOS-XE releases before 17.x need. "
                    + "Off by default.")
    boolean sftpOlderControllers;

    @Option(
            names = "--syslog-port",
            paramLabel = "PORT",
            defaultValue = "" + SyslogSettings.DEFAULT_PORT,
            description = "UDP port for the controller's syslog (default: ${DEFAULT-VALUE}).")
    int syslogPort;

    public boolean tftpEnabled() {
        return !noTftp;
    }

    public boolean sftpEnabled() {
        return !noSftp;
    }

    public boolean syslogEnabled() {
        return !noSyslog;
    }
}
