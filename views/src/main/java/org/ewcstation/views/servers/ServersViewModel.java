package org.ewcstation.views.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.sftp.SftpCredentials;
import org.ewcstation.servers.sftp.SftpServerInfo;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.servers.ServerChoices;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.services.servers.SftpAccounts;
import org.ewcstation.services.store.SettingsRepository;
import org.ewcstation.views.fx.UiExecutors;

/**
 * The servers panel: one switch per server, the folder served, where they listen, the SFTP account. Starting
 * and stopping run in the background; results come back on the FX thread as status properties.
 */
public final class ServersViewModel {

    static final String ROOT_KEY = "ui.servers.root";

    private final ServerManager manager;
    private final UiExecutors executors;
    private final SettingsRepository settings;
    private final LocalInterfaces interfaces;
    private final Map<ServerKind, ObjectProperty<ServerStatus>> status = new EnumMap<>(ServerKind.class);
    private final ObjectProperty<Path> root = new SimpleObjectProperty<>();
    private final StringProperty sftpUser = new SimpleStringProperty("");
    private final StringProperty sftpPassword = new SimpleStringProperty("");
    private final StringProperty sftpFingerprint = new SimpleStringProperty("");
    private final ObservableList<LocalInterfaces.LocalAddress> addresses = FXCollections.observableArrayList();
    private final SftpAccounts accounts;
    private final ObjectProperty<Msg> secretsWhere = new SimpleObjectProperty<>();
    private final Map<Protocol, ExistingServerModel> existing = new EnumMap<>(Protocol.class);

    /** What the panel works on besides the server manager. */
    public record Parts(
            ServerManager manager,
            SettingsRepository settings,
            LocalInterfaces interfaces,
            SftpAccounts accounts,
            ServerChoices choices) {}

    public ServersViewModel(Parts parts, UiExecutors executors) {
        this.manager = parts.manager();
        this.executors = executors;
        this.settings = parts.settings();
        this.interfaces = parts.interfaces();
        this.accounts = parts.accounts();
        for (ServerKind k : ServerKind.values()) {
            status.put(k, new SimpleObjectProperty<>(manager.status(k)));
        }
        for (Protocol p : Protocol.values()) {
            existing.put(p, new ExistingServerModel(p, parts.choices()));
        }
        manager.addListener(s -> executors.fx().execute(() -> apply(s)));
        root.set(manager.settings().root());
        showAccount(accounts.current());
        secretsWhere.set(Msg.of(
                "servers.sftp.keptIn",
                Msg.of(accounts.store().kind().key(), accounts.store().where())));
        apply(manager.status(ServerKind.SFTP));
    }

    private void apply(ServerStatus s) {
        status.get(s.kind()).set(s);
        if (s.kind() == ServerKind.SFTP) {
            Optional<SftpServerInfo> info = manager.sftpInfo();
            info.ifPresent(i -> showAccount(i.credentials()));
            info.flatMap(i -> i.hostKeys().stream().findFirst())
                    .ifPresent(k -> sftpFingerprint.set(k.type() + " " + k.sha256()));
        }
    }

    private void showAccount(SftpCredentials c) {
        sftpUser.set(c.user());
        sftpPassword.set(c.password());
    }

    /**
     * A new password for the embedded account, kept at once; a running SFTP server restarts with it. Profiles saved
     * on controllers with the old one stop working until pushed again (the caller says so).
     */
    public void renewSftpPassword() {
        SftpCredentials fresh = accounts.renewPassword();
        showAccount(fresh);
        executors.background().execute(() -> manager.update(manager.settings().withSftpAccount(fresh)));
    }

    /** Shows the kept account again (after the settings changed its user). */
    public void refreshAccount() {
        showAccount(accounts.current());
    }

    /** Where the kept passwords live, as the panel and the settings say it. */
    public ReadOnlyObjectProperty<Msg> secretsWhereProperty() {
        return secretsWhere;
    }

    /** The choice between our server and an existing one, per protocol. */
    public ExistingServerModel existing(Protocol p) {
        return existing.get(p);
    }

    /** Starts or stops a server in the background. */
    public void setRunning(ServerKind kind, boolean on) {
        executors.background().execute(() -> {
            if (on) {
                manager.start(kind);
            } else {
                manager.stop(kind);
            }
        });
    }

    /** Serves another folder (running servers restart on it); remembered for next time. */
    public Optional<Msg> setRoot(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of(Msg.of("servers.root.missing", String.valueOf(folder)));
        }
        root.set(folder);
        settings.put(ROOT_KEY, folder.toString());
        executors.background().execute(() -> manager.update(manager.settings().withRoot(folder)));
        return Optional.empty();
    }

    /** Re-reads this computer's addresses (in the background: enumerating interfaces can be slow on Windows). */
    public void refreshAddresses() {
        executors.background().execute(() -> {
            var list = interfaces.list();
            executors.fx().execute(() -> addresses.setAll(list));
        });
    }

    public ReadOnlyObjectProperty<ServerStatus> statusProperty(ServerKind kind) {
        return status.get(kind);
    }

    public ReadOnlyObjectProperty<Path> rootProperty() {
        return root;
    }

    public ReadOnlyStringProperty sftpUserProperty() {
        return sftpUser;
    }

    public ReadOnlyStringProperty sftpPasswordProperty() {
        return sftpPassword;
    }

    public ReadOnlyStringProperty sftpFingerprintProperty() {
        return sftpFingerprint;
    }

    public ObservableList<LocalInterfaces.LocalAddress> addresses() {
        return addresses;
    }
}
