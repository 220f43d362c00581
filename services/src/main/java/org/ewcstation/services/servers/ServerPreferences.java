package org.ewcstation.services.servers;

import java.nio.file.Path;
import org.ewcstation.servers.sftp.SftpCredentials;
import org.ewcstation.services.store.SettingsRepository;

/**
 * The servers' ports and listening address as the technician set them in the settings, kept across restarts;
 * defaults are what every EWC expects (TFTP 69, SFTP 22, syslog 514, every address).
 */
public final class ServerPreferences {

    static final String TFTP_PORT = "ui.servers.tftpPort";
    static final String SFTP_PORT = "ui.servers.sftpPort";
    static final String SYSLOG_PORT = "ui.servers.syslogPort";
    static final String BIND = "ui.servers.bindAddress";
    static final String OLDER_CONTROLLERS = "ui.servers.sftpOlderControllers";

    private final SettingsRepository settings;

    public ServerPreferences(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The remembered ports and address over {@code root}, with the kept SFTP account. */
    public ServerSettings load(Path root, SftpCredentials account) {
        ServerSettings d = ServerSettings.defaults(root);
        String bind = settings.get(BIND, "");
        return d.withPorts(
                        port(TFTP_PORT, d.tftpPort()), port(SFTP_PORT, d.sftpPort()), port(SYSLOG_PORT, d.syslogPort()))
                .withBind(bind.isBlank() ? null : bind)
                .withSftpAccount(account)
                .withSftpOlderControllers(Boolean.parseBoolean(settings.get(OLDER_CONTROLLERS, "false")));
    }

    public void save(ServerSettings s) {
        settings.put(TFTP_PORT, Integer.toString(s.tftpPort()));
        settings.put(SFTP_PORT, Integer.toString(s.sftpPort()));
        settings.put(SYSLOG_PORT, Integer.toString(s.syslogPort()));
        settings.put(BIND, s.bindAddress() == null ? "" : s.bindAddress());
        settings.put(OLDER_CONTROLLERS, Boolean.toString(s.sftpOlderControllers()));
    }

    private int port(String key, int fallback) {
        try {
            int p = Integer.parseInt(settings.get(key, Integer.toString(fallback)));
            return p >= 0 && p <= 65535 ? p : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
