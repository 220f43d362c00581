package org.ewcstation.services.controllers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ewcstation.services.secrets.FileSecretStore;
import org.ewcstation.services.store.KnownHostKeys;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Controllers survive a restart; a password only when asked, and never in the SQLite file. */
class ControllerBookTest {

    @Test
    void remembersControllersAndOnlyTheSecretsAskedFor(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            ControllerBook book = new ControllerBook(store, new FileSecretStore(dir), new KnownHostKeys(store));
            book.save(
                    new SavedController("10.0.0.5", 22, "admin", "Shop floor", true),
                    new ControllerBook.Secrets("Pw-on-disk-never", "En-secret-never"));
            book.save(
                    new SavedController("10.0.0.6", 2222, "ops", "", false),
                    new ControllerBook.Secrets("not-kept", null));
        }
        try (Store store = Store.open(dir)) {
            ControllerBook book = new ControllerBook(store, new FileSecretStore(dir), new KnownHostKeys(store));
            assertThat(book.list()).extracting(SavedController::key).containsExactly("10.0.0.5:22", "10.0.0.6:2222");
            SavedController first = book.list().getFirst();
            assertThat(first.label()).isEqualTo("Shop floor");
            assertThat(book.secrets(first).password()).isEqualTo("Pw-on-disk-never");
            assertThat(book.secrets(first).enableSecret()).isEqualTo("En-secret-never");
            assertThat(book.secrets(book.list().get(1)).password()).isNull();
            book.save(new SavedController("10.0.0.5", 22, "admin", "Shop floor", false), null);
            assertThat(book.secrets(first).password()).isNull();
            book.remove(book.list().get(1));
            assertThat(book.list()).hasSize(1);
        }
        String db = new String(Files.readAllBytes(dir.resolve(Store.FILE_NAME)), StandardCharsets.ISO_8859_1);
        assertThat(db).doesNotContain("Pw-on-disk-never").doesNotContain("not-kept");
    }
}
