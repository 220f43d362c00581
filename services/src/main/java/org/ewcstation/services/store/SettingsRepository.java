package org.ewcstation.services.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Key/value settings that survive restarts (language, window layout, server options). */
public final class SettingsRepository {

    private final Store store;

    public SettingsRepository(Store store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public void put(String key, String value) {
        store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting(key, value, updated_at) VALUES(?, ?, ?) "
                            + "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.setString(3, Instant.now().toString());
                return ps.executeUpdate();
            }
        });
    }

    public void remove(String key) {
        store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }
}
