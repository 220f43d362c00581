package org.ewcstation.views.settings;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ewcstation.i18n.Language;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.sftp.SftpCredentials;
import org.ewcstation.services.power.PowerPreferences;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerPreferences;
import org.ewcstation.services.servers.ServerSettings;
import org.ewcstation.services.servers.SftpAccounts;
import org.ewcstation.services.upgrade.UpgradePreferences;
import org.ewcstation.services.upgrade.WorkflowSettings;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.UiExecutors;
import org.ewcstation.views.servers.ServersViewModel;

/**
 * The settings dialog's state: server ports and address, the SFTP user, what an upgrade does after a push and how
 * long APs may take to rejoin, keeping the computer awake, the language. Applied without a restart: running servers restart on their new
 * ports in the background, the language switches at once, a workflow reads its settings when it starts.
 */
public final class SettingsViewModel {

    /** The parts the settings change. */
    public record Parts(
            ServerManager servers,
            ServerPreferences serverPreferences,
            SftpAccounts accounts,
            UpgradePreferences upgrade,
            ServersViewModel serversPanel,
            PowerPreferences power) {}

    private final Parts parts;
    private final UiExecutors executors;
    private final Localization loc;
    private final StringProperty tftpPort = new SimpleStringProperty();
    private final StringProperty sftpPort = new SimpleStringProperty();
    private final StringProperty syslogPort = new SimpleStringProperty();
    private final StringProperty bindAddress = new SimpleStringProperty();
    private final StringProperty sftpUser = new SimpleStringProperty();
    private final BooleanProperty saveConfig = new SimpleBooleanProperty();
    private final BooleanProperty olderControllers = new SimpleBooleanProperty();
    private final StringProperty rejoinMinutes = new SimpleStringProperty();
    private final BooleanProperty keepAwake = new SimpleBooleanProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();

    public SettingsViewModel(Parts parts, UiExecutors executors, Localization loc) {
        this.parts = parts;
        this.executors = executors;
        this.loc = loc;
        load();
    }

    /** Fills the fields with what is in force now. */
    public void load() {
        ServerSettings s = parts.servers().settings();
        tftpPort.set(Integer.toString(s.tftpPort()));
        sftpPort.set(Integer.toString(s.sftpPort()));
        syslogPort.set(Integer.toString(s.syslogPort()));
        bindAddress.set(s.bindAddress() == null ? "" : s.bindAddress());
        sftpUser.set(parts.accounts().current().user());
        olderControllers.set(s.sftpOlderControllers());
        WorkflowSettings w = parts.upgrade().load();
        saveConfig.set(w.saveConfig());
        rejoinMinutes.set(Long.toString(w.rejoinTimeout().toMinutes()));
        language.set(loc.language());
        keepAwake.set(parts.power().keepAwake());
    }

    /** Checks the fields and applies them; the first problem otherwise (nothing is changed then). */
    public Optional<Msg> apply() {
        int[] ports = new int[3];
        StringProperty[] fields = {tftpPort, sftpPort, syslogPort};
        for (int i = 0; i < 3; i++) {
            ports[i] = number(fields[i].get(), 0, 65535);
            if (ports[i] < 0) {
                return Optional.of(Msg.of("settings.error.port", fields[i].get()));
            }
        }
        int minutes = number(rejoinMinutes.get(), 1, 240);
        if (minutes < 0) {
            return Optional.of(Msg.of("settings.error.rejoin"));
        }
        String user = sftpUser.get() == null ? "" : sftpUser.get().strip();
        if (new SftpCredentials(user, "placeholder-ok").problem().isPresent()) {
            return Optional.of(Msg.of("settings.error.sftpUser"));
        }
        String bind = bindAddress.get() == null ? "" : bindAddress.get().strip();
        SftpCredentials account = user.equals(parts.accounts().current().user())
                ? parts.accounts().current()
                : parts.accounts().withUser(user);
        ServerSettings next = parts.servers()
                .settings()
                .withPorts(ports[0], ports[1], ports[2])
                .withBind(bind.isEmpty() ? null : bind)
                .withSftpAccount(account)
                .withSftpOlderControllers(olderControllers.get());
        parts.serverPreferences().save(next);
        parts.upgrade().save(new WorkflowSettings(Duration.ofMinutes(minutes), saveConfig.get()));
        parts.serversPanel().refreshAccount();
        parts.power().saveKeepAwake(keepAwake.get());
        executors.background().execute(() -> parts.servers().update(next));
        loc.languageProperty().set(language.get());
        return Optional.empty();
    }

    /** Where kept passwords live, for the dialog to say. */
    public Msg secretsWhere() {
        var store = parts.accounts().store();
        return Msg.of(store.kind().key(), store.where());
    }

    private static int number(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n >= min && n <= max ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public StringProperty tftpPortProperty() {
        return tftpPort;
    }

    public StringProperty sftpPortProperty() {
        return sftpPort;
    }

    public StringProperty syslogPortProperty() {
        return syslogPort;
    }

    public StringProperty bindAddressProperty() {
        return bindAddress;
    }

    public StringProperty sftpUserProperty() {
        return sftpUser;
    }

    /** The SFTP server also offers the SHA-1 algorithms older controllers need (off: only current ones). */
    public BooleanProperty olderControllersProperty() {
        return olderControllers;
    }

    public BooleanProperty saveConfigProperty() {
        return saveConfig;
    }

    public StringProperty rejoinMinutesProperty() {
        return rejoinMinutes;
    }

    /** Ask the OS to keep the computer awake during transfers and runs (off: the technician sees to it). */
    public BooleanProperty keepAwakeProperty() {
        return keepAwake;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }
}
