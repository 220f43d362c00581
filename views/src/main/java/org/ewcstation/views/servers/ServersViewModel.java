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
import org.ewcstation.servers.sftp.SftpServerInfo;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerStatus;
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

    public ServersViewModel(
            ServerManager manager, UiExecutors executors, SettingsRepository settings, LocalInterfaces interfaces) {
        this.manager = manager;
        this.executors = executors;
        this.settings = settings;
        this.interfaces = interfaces;
        for (ServerKind k : ServerKind.values()) {
            status.put(k, new SimpleObjectProperty<>(manager.status(k)));
        }
        manager.addListener(s -> executors.fx().execute(() -> apply(s)));
        root.set(manager.settings().root());
    }

    private void apply(ServerStatus s) {
        status.get(s.kind()).set(s);
        if (s.kind() == ServerKind.SFTP) {
            Optional<SftpServerInfo> info = manager.sftpInfo();
            sftpUser.set(info.map(i -> i.credentials().user()).orElse(""));
            sftpPassword.set(info.map(i -> i.credentials().password()).orElse(""));
            sftpFingerprint.set(info.flatMap(i -> i.hostKeys().stream().findFirst())
                    .map(Object::toString)
                    .orElse(""));
        }
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
