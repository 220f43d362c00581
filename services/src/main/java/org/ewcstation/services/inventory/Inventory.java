package org.ewcstation.services.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ewcstation.services.ewc.parse.ApImageTypes;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.ApStatus;
import org.ewcstation.services.store.Store;

/**
 * Controllers and their APs in the store, kept between runs. Writes never blank a known field: a snapshot
 * that lacks a value (null or empty) keeps the previous one. Each snapshot is one transaction.
 */
public final class Inventory {

    private final Store store;
    private final ApImageTypes imageTypes = new ApImageTypes();

    public Inventory(Store store) {
        this.store = store;
    }

    /** Adds or refreshes a controller; null/empty arguments keep what is stored. Returns its id. */
    public long recordController(
            String address,
            int port,
            String hostname,
            String version,
            String platform,
            String fingerprint,
            Instant seen) {
        return store.inTransaction(
                c -> upsertController(c, address, port, hostname, version, platform, fingerprint, seen));
    }

    /** Upserts every AP of the snapshot under the controller at {@code address:port}. */
    public void recordSnapshot(String address, int port, ApSnapshot snapshot) {
        store.inTransaction(c -> {
            long id = upsertController(c, address, port, null, null, null, null, snapshot.takenAt());
            for (ApStatus ap : snapshot.aps()) {
                if (ap.name() != null && !ap.name().isBlank()) {
                    upsertAp(c, id, ap, snapshot.takenAt());
                }
            }
            return null;
        });
    }

    public Optional<InventoryController> controller(String address, int port) {
        return controllers().stream()
                .filter(x -> x.address().equals(address) && x.port() == port)
                .findFirst();
    }

    public List<InventoryController> controllers() {
        return store.withConnection(c -> {
            List<InventoryController> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT id, address, port, hostname, version, platform, "
                                    + "host_key_fingerprint, first_seen, last_seen FROM inv_controller ORDER BY address, port");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InventoryController(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            Instant.parse(rs.getString(8)),
                            Instant.parse(rs.getString(9))));
                }
            }
            return out;
        });
    }

    public List<InventoryAp> aps(long controllerId) {
        return store.withConnection(c -> {
            List<InventoryAp> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, model, image_type, ethernet_mac, radio_mac, "
                    + "ip_address, primary_image, backup_image, last_status, first_seen, last_seen FROM inv_ap "
                    + "WHERE controller_id = ? ORDER BY name")) {
                ps.setLong(1, controllerId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new InventoryAp(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                Instant.parse(rs.getString(10)),
                                Instant.parse(rs.getString(11))));
                    }
                }
            }
            return out;
        });
    }

    /** The AP's primary-image history, oldest first. */
    public List<ImageChange> imageHistory(long controllerId, String apName) {
        return store.withConnection(c -> {
            List<ImageChange> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ap_name, at, from_image, to_image FROM "
                    + "inv_ap_image_change WHERE controller_id = ? AND ap_name = ? ORDER BY id")) {
                ps.setLong(1, controllerId);
                ps.setString(2, apName);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ImageChange(
                                rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    private static long upsertController(
            Connection c,
            String address,
            int port,
            String hostname,
            String version,
            String platform,
            String fingerprint,
            Instant seen)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inv_controller(address, port, hostname, version, "
                + "platform, host_key_fingerprint, first_seen, last_seen) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT(address, port) DO UPDATE SET "
                + "hostname = COALESCE(NULLIF(excluded.hostname, ''), hostname), "
                + "version = COALESCE(NULLIF(excluded.version, ''), version), "
                + "platform = COALESCE(NULLIF(excluded.platform, ''), platform), "
                + "host_key_fingerprint = COALESCE(NULLIF(excluded.host_key_fingerprint, ''), host_key_fingerprint), "
                + "last_seen = MAX(last_seen, excluded.last_seen)")) {
            ps.setString(1, address);
            ps.setInt(2, port);
            ps.setString(3, text(hostname));
            ps.setString(4, text(version));
            ps.setString(5, text(platform));
            ps.setString(6, text(fingerprint));
            ps.setString(7, seen.toString());
            ps.setString(8, seen.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id FROM inv_controller WHERE address = ? AND port = ?")) {
            ps.setString(1, address);
            ps.setInt(2, port);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void upsertAp(Connection c, long controllerId, ApStatus ap, Instant seen) throws SQLException {
        String previous = null;
        try (PreparedStatement ps =
                c.prepareStatement("SELECT primary_image FROM inv_ap WHERE controller_id = ? AND name = ?")) {
            ps.setLong(1, controllerId);
            ps.setString(2, ap.name());
            try (ResultSet rs = ps.executeQuery()) {
                previous = rs.next() ? rs.getString(1) : null;
            }
        }
        String imageType = ap.imageType() != null && !ap.imageType().isBlank()
                ? ap.imageType()
                : ap.model() == null ? null : imageTypes.imageType(ap.model());
        String status = ap.phase() != null ? ap.phase().name() : ap.state();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inv_ap(controller_id, name, model, image_type, "
                + "ethernet_mac, radio_mac, ip_address, primary_image, backup_image, last_status, first_seen, last_seen) "
                + "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(controller_id, name) DO UPDATE SET "
                + "model = COALESCE(NULLIF(excluded.model, ''), model), "
                + "image_type = COALESCE(NULLIF(excluded.image_type, ''), image_type), "
                + "ethernet_mac = COALESCE(NULLIF(excluded.ethernet_mac, ''), ethernet_mac), "
                + "radio_mac = COALESCE(NULLIF(excluded.radio_mac, ''), radio_mac), "
                + "ip_address = COALESCE(NULLIF(excluded.ip_address, ''), ip_address), "
                + "primary_image = COALESCE(NULLIF(excluded.primary_image, ''), primary_image), "
                + "backup_image = COALESCE(NULLIF(excluded.backup_image, ''), backup_image), "
                + "last_status = COALESCE(NULLIF(excluded.last_status, ''), last_status), "
                + "last_seen = MAX(last_seen, excluded.last_seen)")) {
            ps.setLong(1, controllerId);
            ps.setString(2, ap.name());
            ps.setString(3, text(ap.model()));
            ps.setString(4, text(imageType));
            ps.setString(5, text(ap.ethernetMac()));
            ps.setString(6, text(ap.radioMac()));
            ps.setString(7, text(ap.ipAddress()));
            ps.setString(8, text(ap.primaryImage()));
            ps.setString(9, text(ap.backupImage()));
            ps.setString(10, text(status));
            ps.setString(11, seen.toString());
            ps.setString(12, seen.toString());
            ps.executeUpdate();
        }
        String now = text(ap.primaryImage());
        if (!now.isEmpty() && !now.equals(previous)) {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO inv_ap_image_change(controller_id, ap_name, at, "
                            + "from_image, to_image) VALUES(?, ?, ?, ?, ?)")) {
                ps.setLong(1, controllerId);
                ps.setString(2, ap.name());
                ps.setString(3, seen.toString());
                ps.setString(4, text(previous));
                ps.setString(5, now);
                ps.executeUpdate();
            }
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
