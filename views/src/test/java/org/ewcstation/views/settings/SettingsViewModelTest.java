package org.ewcstation.views.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.ewcstation.i18n.Language;
import org.ewcstation.servers.event.TransferListeners;
import org.ewcstation.servers.event.TransferRegistry;
import org.ewcstation.servers.syslog.SyslogListeners;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.power.KeepAwake;
import org.ewcstation.services.power.PowerPreferences;
import org.ewcstation.services.power.SleepInhibitor;
import org.ewcstation.services.secrets.FileSecretStore;
import org.ewcstation.services.servers.ServerChoices;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerPreferences;
import org.ewcstation.services.servers.ServerSettings;
import org.ewcstation.services.servers.SftpAccounts;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.services.store.Store;
import org.ewcstation.services.upgrade.UpgradePreferences;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.UiExecutors;
import org.ewcstation.views.servers.ServersViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's model: a bad field changes nothing; good ones are kept and applied without a restart. */
class SettingsViewModelTest {

    @Test
    void refusesABadFieldThenAppliesAndKeepsEverything(@TempDir Path dir) {
        try (Store store = Store.open(dir);
                ServerManager servers = new ServerManager(
                        ServerSettings.defaults(dir).withBind("127.0.0.1"),
                        new TransferListeners(),
                        new TransferRegistry(),
                        new SyslogListeners(),
                        new SecureRandom(),
                        dir.resolve("keys"))) {
            SettingsRepository settings = new SettingsRepository(store);
            FileSecretStore secrets = new FileSecretStore(dir);
            SftpAccounts accounts = new SftpAccounts(settings, secrets, new SecureRandom());
            UiExecutors same = UiExecutors.sameThread();
            ServersViewModel panel = new ServersViewModel(
                    new ServersViewModel.Parts(
                            servers, settings, new LocalInterfaces(), accounts, new ServerChoices(settings, secrets)),
                    same);
            Localization loc = new Localization(Language.ENGLISH);
            ServerPreferences prefs = new ServerPreferences(settings);
            UpgradePreferences upgrade = new UpgradePreferences(settings);
            // the OS is not asked here: nothing runs, so the setting alone is checked
            KeepAwake keepAwake = new KeepAwake(
                    SleepInhibitor.UNSUPPORTED,
                    Executors.newSingleThreadScheduledExecutor(),
                    "test",
                    Duration.ZERO,
                    true);
            PowerPreferences power = new PowerPreferences(settings, keepAwake);
            SettingsViewModel vm = new SettingsViewModel(
                    new SettingsViewModel.Parts(servers, prefs, accounts, upgrade, panel, power), same, loc);
            assertThat(vm.keepAwakeProperty().get()).isTrue();
            assertThat(vm.tftpPortProperty().get()).isEqualTo("69");
            assertThat(vm.saveConfigProperty().get()).isTrue();

            vm.tftpPortProperty().set("sixty-nine");
            assertThat(vm.apply()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("settings.error.port"));
            assertThat(servers.settings().tftpPort()).isEqualTo(69);

            vm.tftpPortProperty().set("0");
            vm.sftpPortProperty().set("0");
            vm.syslogPortProperty().set("0");
            vm.sftpUserProperty().set("lab-sftp");
            vm.saveConfigProperty().set(false);
            vm.rejoinMinutesProperty().set("30");
            vm.olderControllersProperty().set(true);
            vm.languageProperty().set(Language.JAPANESE);
            vm.keepAwakeProperty().set(false);
            assertThat(vm.apply()).isEmpty();

            assertThat(PowerPreferences.keepAwake(settings)).isFalse();
            await().until(() -> !keepAwake.state().enabled());
            keepAwake.close();

            assertThat(servers.settings().sftpOlderControllers()).isTrue();
            assertThat(servers.settings().tftpPort()).isZero();
            assertThat(prefs.load(dir, accounts.current()).sftpOlderControllers())
                    .isTrue();
            assertThat(upgrade.load().rejoinTimeout()).isEqualTo(Duration.ofMinutes(30));
            assertThat(upgrade.load().saveConfig()).isFalse();
            assertThat(accounts.current().user()).isEqualTo("lab-sftp");
            assertThat(panel.sftpUserProperty().get()).isEqualTo("lab-sftp");
            assertThat(loc.language()).isEqualTo(Language.JAPANESE);
        }
    }
}
