package org.ewcstation.app.cli;

import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.ops.ImageDownloadProfiles;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.upgrade.UpgradePlan;
import picocli.CommandLine.Option;

/** The image-download profile and the versions the upgrade must end with, as {@code push} and {@code upgrade} take them. */
final class ProfileOptions {

    @Option(names = "--mode", required = true, description = "tftp or sftp")
    String mode;

    @Option(
            names = "--server",
            required = true,
            paramLabel = "IP",
            description = "Image server address as the EWC reaches it.")
    String server;

    @Option(names = "--path", required = true, paramLabel = "P", description = "Image folder on that server.")
    String path;

    @Option(names = "--sftp-user", paramLabel = "U")
    String sftpUser;

    @Option(
            names = "--sftp-password-env",
            paramLabel = "VAR",
            description = "Environment variable holding the SFTP password.")
    String sftpPasswordEnv;

    @Option(names = "--sftp-port", paramLabel = "PORT", description = "SFTP port, when not 22.")
    Integer sftpPort;

    @Option(
            names = "--profile",
            defaultValue = ImageDownloadProfiles.DEFAULT,
            description = "Profile name (default ${DEFAULT-VALUE}).")
    String profile;

    @Option(
            names = "--ap-version",
            paramLabel = "V",
            description = "The AP image version the bundle carries (default: the one every AP pre-downloads).")
    String apVersion;

    @Option(
            names = "--controller-version",
            paramLabel = "V",
            description = "The controller release the bundle carries, checked after the reload (default: not checked).")
    String controllerVersion;

    /** The plan, or a usage error as a message. */
    UpgradePlan plan() throws UsageException {
        DownloadMode dm = DownloadMode.fromKeyword(mode);
        if (dm != DownloadMode.TFTP && dm != DownloadMode.SFTP) {
            throw new UsageException(Msg.of("cli.push.badMode", mode));
        }
        String sftpPassword = sftpPasswordEnv == null ? null : System.getenv(sftpPasswordEnv);
        if (sftpPasswordEnv != null && sftpPassword == null) {
            throw new UsageException(Msg.of("cli.ewc.envMissing", sftpPasswordEnv));
        }
        ProfileRequest req = new ProfileRequest(profile, dm, server, path, sftpUser, sftpPassword, sftpPort);
        int port = dm == DownloadMode.SFTP ? (sftpPort == null ? 22 : sftpPort) : 69;
        return new UpgradePlan(req, port, null, apVersion, controllerVersion);
    }

    /** A usage error with its message. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Msg msg;

        UsageException(Msg msg) {
            super(msg.key());
            this.msg = msg;
        }

        Msg msg() {
            return msg;
        }
    }
}
