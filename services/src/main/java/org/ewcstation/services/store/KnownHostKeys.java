package org.ewcstation.services.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * SSH host keys of controllers, trusted on first use or once the user accepted them; a changed key must be
 * accepted explicitly.
 */
public final class KnownHostKeys {

    /** A remembered key. {@code publicKey} is the OpenSSH public-key line's base64 part. */
    public record Entry(
            String host,
            int port,
            String keyType,
            String fingerprint,
            String publicKey,
            Instant firstSeen,
            Instant acceptedAt) {}

    private final Store store;

    public KnownHostKeys(Store store) {
        this.store = store;
    }

    public Optional<Entry> find(String host, int port) {
        return store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT key_type, fingerprint, public_key, first_seen, accepted_at FROM known_host_key WHERE host = ? AND port = ?")) {
                ps.setString(1, host);
                ps.setInt(2, port);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Entry(
                            host,
                            port,
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            Instant.parse(rs.getString(4)),
                            Instant.parse(rs.getString(5))));
                }
            }
        });
    }

    /** Stores or replaces the key for host:port (first use, or the user accepted a changed key). */
    public void accept(String host, int port, String keyType, String fingerprint, String publicKey) {
        store.withConnection(c -> {
            String now = Instant.now().toString();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO known_host_key(host, port, key_type, fingerprint, public_key, first_seen, accepted_at) "
                            + "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(host, port) DO UPDATE SET key_type = excluded.key_type, "
                            + "fingerprint = excluded.fingerprint, public_key = excluded.public_key, accepted_at = excluded.accepted_at")) {
                ps.setString(1, host);
                ps.setInt(2, port);
                ps.setString(3, keyType);
                ps.setString(4, fingerprint);
                ps.setString(5, publicKey);
                ps.setString(6, now);
                ps.setString(7, now);
                return ps.executeUpdate();
            }
        });
    }

    public void forget(String host, int port) {
        store.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM known_host_key WHERE host = ? AND port = ?")) {
                ps.setString(1, host);
                ps.setInt(2, port);
                return ps.executeUpdate();
            }
        });
    }
}
