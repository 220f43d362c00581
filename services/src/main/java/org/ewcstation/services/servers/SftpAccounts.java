package org.ewcstation.services.servers;

import java.security.SecureRandom;
import java.util.Optional;
import org.ewcstation.servers.sftp.SftpCredentials;
import org.ewcstation.services.secrets.SecretStore;
import org.ewcstation.services.store.SettingsRepository;

/**
 * The embedded SFTP server's one account, generated once per data folder and kept: a profile saved on the
 * controller for APs that join later keeps working after a restart. The user name is a setting; the password
 * lives in the secret store, never in SQLite.
 */
public final class SftpAccounts {

    static final String USER_KEY = "ui.servers.sftpUser";
    static final String PASSWORD_SECRET = "sftp.embedded.password";

    private final SettingsRepository settings;
    private final SecretStore secrets;
    private final SecureRandom random;

    public SftpAccounts(SettingsRepository settings, SecretStore secrets, SecureRandom random) {
        this.settings = settings;
        this.secrets = secrets;
        this.random = random;
    }

    /** The kept account, or empty in a data folder where none was generated yet. */
    public synchronized Optional<SftpCredentials> kept() {
        var user = settings.get(USER_KEY);
        var password = secrets.get(PASSWORD_SECRET);
        return user.isPresent() && password.isPresent()
                ? Optional.of(new SftpCredentials(user.get(), password.get()))
                : Optional.empty();
    }

    /** The kept account; generated (and kept) on the first call in a new data folder. */
    public synchronized SftpCredentials current() {
        var user = settings.get(USER_KEY);
        var password = secrets.get(PASSWORD_SECRET);
        if (user.isPresent() && password.isPresent()) {
            return new SftpCredentials(user.get(), password.get());
        }
        SftpCredentials fresh = SftpCredentials.generate(random);
        return keep(new SftpCredentials(user.orElse(fresh.user()), password.orElse(fresh.password())));
    }

    /** A new password for the same user: every profile saved with the old one must be pushed again. */
    public synchronized SftpCredentials renewPassword() {
        SftpCredentials fresh = SftpCredentials.generate(random);
        return keep(new SftpCredentials(current().user(), fresh.password()));
    }

    /** Another user name, same password; refused (with the reason) when the controller could not take it. */
    public synchronized SftpCredentials withUser(String user) {
        SftpCredentials next = new SftpCredentials(user, current().password());
        next.problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return keep(next);
    }

    public SecretStore store() {
        return secrets;
    }

    private SftpCredentials keep(SftpCredentials c) {
        settings.put(USER_KEY, c.user());
        secrets.put(PASSWORD_SECRET, c.password());
        return c;
    }
}
