package org.ewcstation.services.ewc.ops;

import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.session.EwcCredentials;

/**
 * The image-download profile to push. {@code sftpPort} is null for the controller's default (22);
 * {@link #toString()} masks the password.
 */
public record ProfileRequest(
        String name,
        DownloadMode mode,
        String server,
        String path,
        String sftpUser,
        String sftpPassword,
        Integer sftpPort) {

    public static ProfileRequest tftp(String server, String path) {
        return new ProfileRequest(ImageDownloadProfiles.DEFAULT, DownloadMode.TFTP, server, path, null, null, null);
    }

    public static ProfileRequest sftp(String server, String path, String user, String password) {
        return new ProfileRequest(ImageDownloadProfiles.DEFAULT, DownloadMode.SFTP, server, path, user, password, null);
    }

    public ProfileRequest withName(String n) {
        return new ProfileRequest(n, mode, server, path, sftpUser, sftpPassword, sftpPort);
    }

    public ProfileRequest withSftpPort(Integer p) {
        return new ProfileRequest(name, mode, server, path, sftpUser, sftpPassword, p);
    }

    @Override
    public String toString() {
        return "ProfileRequest[name=" + name + ", mode=" + mode + ", server=" + server + ", path=" + path
                + ", sftpUser="
                + sftpUser + ", sftpPassword=" + (sftpPassword == null ? "none" : EwcCredentials.MASK) + ", sftpPort="
                + sftpPort + "]";
    }
}
