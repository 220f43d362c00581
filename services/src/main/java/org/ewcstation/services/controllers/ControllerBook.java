package org.ewcstation.services.controllers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ewcstation.services.secrets.SecretStore;
import org.ewcstation.services.store.KnownHostKeys;
import org.ewcstation.services.store.Store;

/**
 * The controllers remembered across restarts (address, port, user, label; the host key stays in
 * {@link KnownHostKeys}). A password is kept only when the technician asked, and then only in the secret store.
 */
public final class ControllerBook {

    /** The secrets kept for one controller; either may be null. */
    public record Secrets(String password, String enableSecret) {
        @Override
        public String toString() {
            return "Secrets[*****]";
        }
    }

    private final Store store;
    private final SecretStore secrets;
    private final KnownHostKeys hostKeys;

    public ControllerBook(Store store, SecretStore secrets, KnownHostKeys hostKeys) {
        this.store = store;
        this.secrets = secrets;
        this.hostKeys = hostKeys;
    }

    public List<SavedController> list() {
        return store.withConnection(c -> {
            List<SavedController> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT host, port, username, label, remember_password FROM saved_controller ORDER BY added_at");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SavedController(
                            rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5) != 0));
                }
            }
            return out;
        });
    }

    public Optional<SavedController> find(String host, int port) {
        return list().stream()
                .filter(s -> s.host().equals(host) && s.port() == port)
                .findFirst();
    }

    /** Adds or updates; keeps the secrets only when {@code saved.rememberPassword()}, else forgets any kept. */
    public void save(SavedController saved, Secrets given) {
        store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO saved_controller(host, port, username, label, remember_password, added_at) VALUES(?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT(host, port) DO UPDATE SET username = excluded.username, label = excluded.label, "
                            + "remember_password = excluded.remember_password")) {
                ps.setString(1, saved.host());
                ps.setInt(2, saved.port());
                ps.setString(3, saved.user());
                ps.setString(4, saved.label());
                ps.setInt(5, saved.rememberPassword() ? 1 : 0);
                ps.setString(6, Instant.now().toString());
                return ps.executeUpdate();
            }
        });
        if (saved.rememberPassword() && given != null) {
            keep(saved, "password", given.password());
            keep(saved, "enable", given.enableSecret());
        } else if (!saved.rememberPassword()) {
            forgetSecrets(saved);
        }
    }

    /** Keeps an enable secret asked for after the login, because the technician asked to. */
    public void keepEnableSecret(SavedController saved, String enableSecret) {
        keep(saved, "enable", enableSecret);
    }

    /** The fingerprint of the host key on record for this controller, or empty. */
    public String fingerprint(SavedController saved) {
        return hostKeys.find(saved.host(), saved.port())
                .map(KnownHostKeys.Entry::fingerprint)
                .orElse("");
    }

    public Secrets secrets(SavedController saved) {
        return new Secrets(
                secrets.get(name(saved, "password")).orElse(null),
                secrets.get(name(saved, "enable")).orElse(null));
    }

    /** Forgets the controller and its kept secrets (its host key too: a new device may answer there later). */
    public void remove(SavedController saved) {
        store.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("DELETE FROM saved_controller WHERE host = ? AND port = ?")) {
                ps.setString(1, saved.host());
                ps.setInt(2, saved.port());
                return ps.executeUpdate();
            }
        });
        forgetSecrets(saved);
        hostKeys.forget(saved.host(), saved.port());
    }

    public SecretStore secretStore() {
        return secrets;
    }

    private void keep(SavedController saved, String what, String value) {
        if (value == null || value.isEmpty()) {
            secrets.remove(name(saved, what));
        } else {
            secrets.put(name(saved, what), value);
        }
    }

    private void forgetSecrets(SavedController saved) {
        secrets.remove(name(saved, "password"));
        secrets.remove(name(saved, "enable"));
    }

    private static String name(SavedController s, String what) {
        return "controller." + s.key() + "." + what;
    }
}
