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
    /** Set once a generated password was shown to someone; the password itself lives only in the secret store. */
    static final String SHOWN_KEY = "ui.servers.sftpPasswordShown";

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

    /**
     * The account with its password when that password was never shown yet (a new data folder, a renewed password),
     * marking it shown: whichever face starts first (window, {@code serve}) shows it, and only that once. Asking
     * for the account alone, as every start does, does not count as showing it.
     */
    public synchronized Optional<SftpCredentials> showOnce() {
        SftpCredentials c = current();
        if (settings.get(SHOWN_KEY).isPresent()) {
            return Optional.empty();
        }
        settings.put(SHOWN_KEY, "true");
        return Optional.of(c);
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
        if (!secrets.get(PASSWORD_SECRET).map(c.password()::equals).orElse(false)) {
            settings.remove(SHOWN_KEY); // a new password is shown again, once
        }
        secrets.put(PASSWORD_SECRET, c.password());
        return c;
    }
}
