package org.ewcstation.services.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A real SQLite file in a temporary folder; no mocks. */
class StoreTest {

    @TempDir
    Path dir;

    @Test
    void opensInWalModeAndMigrates() {
        try (Store store = Store.open(dir)) {
            String mode = store.withConnection(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(mode).isEqualToIgnoringCase("wal");
            int version = store.withConnection(c -> {
                try (var rs = c.createStatement()
                        .executeQuery("SELECT max(version) FROM flyway_schema_history WHERE success = 1")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(version).isGreaterThanOrEqualTo(1);
        }
        assertThat(dir.resolve(Store.FILE_NAME)).exists();
    }

    /** The migration before the newest (numbers are assigned per feature, so they may leave gaps). */
    static int previousMigration() throws Exception {
        Path folder = Path.of(Store.class.getResource("/db/migration").toURI());
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .filter(v -> v < Store.SCHEMA_VERSION)
                    .max()
                    .orElseThrow();
        }
    }

    @Test
    void schemaVersionNamesTheNewestMigrationFile() throws Exception {
        Path folder = Path.of(Store.class.getResource("/db/migration").toURI());
        int newest;
        try (var files = Files.list(folder)) {
            newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
        assertThat(Store.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void aCurrentStoreOpensWithoutFlyway() {
        try (Store store = Store.open(dir)) {
            // Flyway would refuse this history on its next run ("checksum mismatch"); the shortcut never reads it
            store.withConnection(c -> c.createStatement()
                    .executeUpdate("UPDATE flyway_schema_history SET checksum = 1 WHERE version = '1'"));
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.withConnection(Store::isCurrent)).isTrue();
        }
    }

    @Test
    void anOlderStoreIsMigratedToTheNewestSchema() throws Exception {
        Files.createDirectories(dir);
        var ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .target(String.valueOf(previousMigration()))
                .load()
                .migrate();
        try (var c = ds.getConnection()) {
            assertThat(Store.isCurrent(c)).isFalse();
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.withConnection(Store::isCurrent)).isTrue();
        }
    }

    @Test
    void settingsSurviveReopenAndKeepJapanese() {
        try (Store store = Store.open(dir)) {
            SettingsRepository settings = new SettingsRepository(store);
            settings.put("ui.language", "ja");
            settings.put("note", "アクセスポイント 東京");
            settings.put("ui.language", "en");
        }
        try (Store store = Store.open(dir)) {
            SettingsRepository settings = new SettingsRepository(store);
            assertThat(settings.get("ui.language")).contains("en");
            assertThat(settings.get("note")).contains("アクセスポイント 東京");
            assertThat(settings.get("missing", "x")).isEqualTo("x");
            settings.remove("note");
            assertThat(settings.get("note")).isEmpty();
        }
    }

    @Test
    void hostKeysAreRememberedAndReplacedOnlyByAccept() {
        try (Store store = Store.open(dir)) {
            KnownHostKeys keys = new KnownHostKeys(store);
            assertThat(keys.find("192.0.2.10", 22)).isEmpty();
            keys.accept("192.0.2.10", 22, "ssh-rsa", "SHA256:aaa", "AAAAB3");
            assertThat(keys.find("192.0.2.10", 22))
                    .get()
                    .extracting(KnownHostKeys.Entry::fingerprint)
                    .isEqualTo("SHA256:aaa");
            assertThat(keys.find("192.0.2.10", 2022)).isEmpty();
            keys.accept("192.0.2.10", 22, "ssh-ed25519", "SHA256:bbb", "AAAAC3");
            var entry = keys.find("192.0.2.10", 22).orElseThrow();
            assertThat(entry.fingerprint()).isEqualTo("SHA256:bbb");
            assertThat(entry.keyType()).isEqualTo("ssh-ed25519");
            keys.forget("192.0.2.10", 22);
            assertThat(keys.find("192.0.2.10", 22)).isEmpty();
        }
    }

    @Test
    void failedTransactionRollsBack() {
        try (Store store = Store.open(dir)) {
            SettingsRepository settings = new SettingsRepository(store);
            try {
                store.inTransaction(c -> {
                    try (var ps =
                            c.prepareStatement("INSERT INTO setting(key, value, updated_at) VALUES('a', 'b', 'c')")) {
                        ps.executeUpdate();
                    }
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the insert must be gone
            }
            assertThat(settings.get("a")).isEmpty();
        }
    }
}
