package org.ewcstation.services.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.ewcstation.servers.sftp.SftpCredentials;
import org.ewcstation.services.secrets.FileSecretStore;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.services.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded SFTP account is generated once per data folder and survives restarts; its password never hits SQLite. */
class SftpAccountsTest {

    @Test
    void sameAccountAfterARestartAndANewPasswordOnlyWhenAsked(@TempDir Path dir) throws Exception {
        SftpCredentials first;
        try (Store store = Store.open(dir)) {
            first = new SftpAccounts(new SettingsRepository(store), new FileSecretStore(dir), new SecureRandom())
                    .current();
        }
        try (Store store = Store.open(dir)) {
            SftpAccounts again =
                    new SftpAccounts(new SettingsRepository(store), new FileSecretStore(dir), new SecureRandom());
            assertThat(again.current()).isEqualTo(first);
            SftpCredentials renewed = again.renewPassword();
            assertThat(renewed.user()).isEqualTo(first.user());
            assertThat(renewed.password()).isNotEqualTo(first.password());
            assertThat(again.current()).isEqualTo(renewed);
            assertThat(again.withUser("lab-sftp").user()).isEqualTo("lab-sftp");
            assertThatThrownBy(() -> again.withUser("bad user")).isInstanceOf(IllegalArgumentException.class);
        }
        for (Path f : Files.list(dir)
                .filter(p -> p.getFileName().toString().startsWith(Store.FILE_NAME))
                .toList()) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as("%s holds no password", f).doesNotContain(first.password());
        }
    }

    @Test
    void aPasswordIsShownOnceAndARenewedOneOnceMore(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            SftpAccounts accounts =
                    new SftpAccounts(new SettingsRepository(store), new FileSecretStore(dir), new SecureRandom());
            SftpCredentials first = accounts.current();
            assertThat(accounts.showOnce()).contains(first);
            assertThat(accounts.showOnce()).isEmpty();
            assertThat(accounts.withUser("lab-sftp"))
                    .extracting(SftpCredentials::password)
                    .isEqualTo(first.password());
            assertThat(accounts.showOnce())
                    .as("a new user name, same password: nothing new to show")
                    .isEmpty();
            SftpCredentials renewed = accounts.renewPassword();
            assertThat(accounts.showOnce()).contains(renewed);
            assertThat(accounts.showOnce()).isEmpty();
        }
        try (Store store = Store.open(dir)) {
            assertThat(new SftpAccounts(new SettingsRepository(store), new FileSecretStore(dir), new SecureRandom())
                            .showOnce())
                    .as("shown is remembered across starts")
                    .isEmpty();
        }
    }
}
