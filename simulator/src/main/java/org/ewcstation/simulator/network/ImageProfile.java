package org.ewcstation.simulator.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code wireless profile image-download NAME}, as configured in its sub-modes. Both the TFTP and
 * the SFTP settings are kept; {@code mode} says which one the pre-download uses.
 */
public final class ImageProfile {

    /** {@code image-download-mode}. */
    public enum Mode {
        TFTP,
        SFTP
    }

    private final String name;
    private Mode mode;
    private String tftpServer;
    private String tftpPath;
    private String sftpServer;
    private String sftpPath;
    private String sftpUser;
    private String sftpPassword;
    private int sftpPort;

    public ImageProfile(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public synchronized Mode mode() {
        return mode;
    }

    public synchronized void mode(Mode m) {
        mode = m;
    }

    public synchronized void tftpServer(String v) {
        tftpServer = v;
    }

    public synchronized void tftpPath(String v) {
        tftpPath = v;
    }

    public synchronized void sftpServer(String v) {
        sftpServer = v;
    }

    public synchronized void sftpPath(String v) {
        sftpPath = v;
    }

    public synchronized void sftpUser(String v) {
        sftpUser = v;
    }

    public synchronized void sftpPassword(String v) {
        sftpPassword = v;
    }

    public synchronized void sftpPort(int v) {
        sftpPort = v;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(name, mode, tftpServer, tftpPath, sftpServer, sftpPath, sftpUser, sftpPassword, sftpPort);
    }

    /** The profile at one moment. {@code sftpPort} 0 means "not configured". */
    public record Snapshot(
            String name,
            Mode mode,
            String tftpServer,
            String tftpPath,
            String sftpServer,
            String sftpPath,
            String sftpUser,
            String sftpPassword,
            int sftpPort) {

        /**
         * The running-config lines. The password is shown as IOS does with password encryption on (type 7),
         * never in clear.
         */
        public List<String> runningConfig() {
            List<String> l = new ArrayList<>();
            l.add("wireless profile image-download " + name);
            if (mode != null) {
                l.add(" image-download-mode " + mode.name().toLowerCase(Locale.ROOT));
            }
            if (sftpPath != null) {
                l.add(" sftp-image-path " + sftpPath);
            }
            if (sftpPort != 0) {
                l.add(" sftp-image-port " + sftpPort);
            }
            if (sftpServer != null) {
                l.add(" sftp-image-server " + sftpServer);
            }
            if (sftpPassword != null) {
                l.add(" sftp-password 7 " + Type7.encode(sftpPassword));
            }
            if (sftpUser != null) {
                l.add(" sftp-username " + sftpUser);
            }
            if (tftpPath != null) {
                l.add(" tftp-image-path " + tftpPath);
            }
            if (tftpServer != null) {
                l.add(" tftp-image-server " + tftpServer);
            }
            return l;
        }
    }
}
