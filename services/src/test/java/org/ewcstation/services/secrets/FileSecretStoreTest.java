package org.ewcstation.services.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javakeyring.KeyringStorageType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user-only file that keeps secrets where no OS credential store answers. This Linux box runs no Secret Service
 * daemon (no D-Bus session), so {@link SecretStores#open} falls back to the file here: that fallback is what these
 * tests exercise; the OS stores are java-keyring's and are not reachable in this environment.
 */
class FileSecretStoreTest {

    @Test
    void keepsSecretsAcrossInstancesInAFileOnlyTheUserCanRead(@TempDir Path dir) throws Exception {
        FileSecretStore store = new FileSecretStore(dir);
        store.put("sftp.embedded.password", "s3cret-Value");
        store.put("controller.10.0.0.1", "other");
        FileSecretStore again = new FileSecretStore(dir);
        assertThat(again.get("sftp.embedded.password")).contains("s3cret-Value");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-------");
        again.remove("controller.10.0.0.1");
        assertThat(new FileSecretStore(dir).get("controller.10.0.0.1")).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-------");
        assertThat(store.kind()).isEqualTo(SecretStore.Kind.USER_FILE);
    }

    @Test
    void eachSystemTriesOnlyItsOwnCredentialStore() {
        assertThat(OsSecretStore.backendFor("windows 11", null)).contains(KeyringStorageType.WINDOWS_CREDENTIAL_STORE);
        assertThat(OsSecretStore.backendFor("mac os x", null)).contains(KeyringStorageType.OSX_KEYCHAIN);
        assertThat(OsSecretStore.backendFor("linux", "unix:path=/run/user/1000/bus"))
                .contains(KeyringStorageType.GNOME_KEYRING);
        assertThat(OsSecretStore.backendFor("linux", null)).isEmpty();
    }

    @Test
    void withoutASecretServiceDaemonTheFileIsUsed(@TempDir Path dir) {
        SecretStore store = SecretStores.open(dir);
        assertThat(store.kind())
                .as("no Secret Service daemon runs on this Linux box, so the user-only file is expected")
                .isEqualTo(SecretStore.Kind.USER_FILE);
        assertThat(store.where())
                .isEqualTo(dir.resolve(FileSecretStore.FILE_NAME).toString());
    }
}
