package org.ewcstation.services.servers;

import java.util.Locale;
import java.util.Optional;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.secrets.SecretStore;
import org.ewcstation.services.store.SettingsRepository;

/**
 * Per protocol, which server the controller fetches images from: ours (embedded) or one the technician already
 * runs. Kept across restarts; an existing SFTP server's password in the secret store, the rest as settings.
 */
public final class ServerChoices {

    private final SettingsRepository settings;
    private final SecretStore secrets;

    public ServerChoices(SettingsRepository settings, SecretStore secrets) {
        this.settings = settings;
        this.secrets = secrets;
    }

    /** The existing server chosen for {@code p}, or empty when our embedded server serves it. */
    public Optional<ExistingServer> existing(Protocol p) {
        if (!Boolean.parseBoolean(settings.get(key(p, "existing"), "false"))) {
            return Optional.empty();
        }
        return Optional.of(stored(p));
    }

    /** What was last typed for {@code p}'s existing server (kept while the embedded one is chosen). */
    public ExistingServer stored(Protocol p) {
        int port;
        try {
            port = Integer.parseInt(settings.get(key(p, "port"), Integer.toString(ExistingServer.defaultPort(p))));
        } catch (NumberFormatException e) {
            port = ExistingServer.defaultPort(p);
        }
        return new ExistingServer(
                p,
                settings.get(key(p, "host"), ""),
                port,
                settings.get(key(p, "path"), ""),
                settings.get(key(p, "user"), ""),
                secrets.get(secret(p)).orElse(""));
    }

    /** Uses this existing server for its protocol from now on. */
    public void useExisting(ExistingServer s) {
        Protocol p = s.protocol();
        settings.put(key(p, "host"), s.host());
        settings.put(key(p, "port"), Integer.toString(s.port()));
        settings.put(key(p, "path"), s.path());
        settings.put(key(p, "user"), s.user());
        if (s.password().isEmpty()) {
            secrets.remove(secret(p));
        } else {
            secrets.put(secret(p), s.password());
        }
        settings.put(key(p, "existing"), "true");
    }

    /** Back to our embedded server for {@code p} (what was typed for the existing one is kept). */
    public void useEmbedded(Protocol p) {
        settings.put(key(p, "existing"), "false");
    }

    private static String key(Protocol p, String field) {
        return "ui.servers.existing." + p.name().toLowerCase(Locale.ROOT) + "." + field;
    }

    private static String secret(Protocol p) {
        return "servers.existing." + p.name().toLowerCase(Locale.ROOT) + ".password";
    }
}
