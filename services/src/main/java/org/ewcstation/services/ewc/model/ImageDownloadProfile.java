package org.ewcstation.services.ewc.model;

/**
 * The image-download profile as read back from the running configuration. The SFTP password is never
 * kept: only whether one is configured and with which encryption type (0, 6, 7, 8).
 *
 * @param sftpPort the {@code sftp-image-port} line's port, or null when the configuration shows none (the
 *     controller then connects to 22)
 */
public record ImageDownloadProfile(
        String name,
        DownloadMode mode,
        String tftpServer,
        String tftpPath,
        String sftpServer,
        String sftpPath,
        String sftpUser,
        boolean sftpPasswordSet,
        String sftpPasswordType,
        Integer sftpPort) {

    public static ImageDownloadProfile empty(String name) {
        return new ImageDownloadProfile(name, null, null, null, null, null, null, false, null, null);
    }

    /** The port the controller connects to for SFTP: the configured one, or 22. */
    public int effectiveSftpPort() {
        return sftpPort == null ? 22 : sftpPort;
    }

    public String server() {
        return mode == DownloadMode.SFTP ? sftpServer : tftpServer;
    }

    public String path() {
        return mode == DownloadMode.SFTP ? sftpPath : tftpPath;
    }
}
