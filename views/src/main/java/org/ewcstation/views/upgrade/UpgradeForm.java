package org.ewcstation.views.upgrade;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.preflight.Preflight;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.services.repository.ApImageCatalog;
import org.ewcstation.services.repository.BundleVersions;
import org.ewcstation.services.servers.ExistingServer;
import org.ewcstation.services.servers.ServerChoices;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerManager;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.services.upgrade.UpgradePlan;
import org.ewcstation.views.fx.UiExecutors;

/**
 * The upgrade bar's form: bundle, mode, server address as the controller reaches it, path; and what it turns into
 * (the plan the workflow runs, the preflight's input). The address facing the controller is preselected.
 */
final class UpgradeForm {

    /** The form's values, read on the FX thread before a step goes to the background. */
    record Values(String bundle, DownloadMode mode, String server, String path) {}

    /** Our server for the chosen mode could not start: the reason, in the user's language. */
    static final class ServerProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Msg msg;

        ServerProblem(Msg msg) {
            super(msg.key());
            this.msg = msg;
        }

        Msg msg() {
            return msg;
        }
    }

    private final ServerManager servers;
    private final ServerChoices choices;
    private final LocalInterfaces interfaces;
    private final UiExecutors executors;
    private final ObservableList<String> bundles = FXCollections.observableArrayList();
    private final ObservableList<String> addresses = FXCollections.observableArrayList();
    private final StringProperty bundle = new SimpleStringProperty();
    private final ObjectProperty<DownloadMode> mode = new SimpleObjectProperty<>(DownloadMode.TFTP);
    private final StringProperty serverAddress = new SimpleStringProperty();
    private final StringProperty path = new SimpleStringProperty("");
    private final ObservableMap<String, Bundles.Info> details = FXCollections.observableHashMap();

    UpgradeForm(ServerManager servers, ServerChoices choices, LocalInterfaces interfaces, UiExecutors executors) {
        this.servers = servers;
        this.choices = choices;
        this.interfaces = interfaces;
        this.executors = executors;
        bundle.addListener((obs, old, now) -> path.set(now == null || ".".equals(now) ? "" : now));
        mode.addListener((obs, old, now) -> showExisting());
    }

    /** With the technician's own server chosen for the mode, the bar shows its address and path. */
    private void showExisting() {
        existing(mode.get()).ifPresent(e -> {
            if (!addresses.contains(e.host())) {
                addresses.add(e.host());
            }
            serverAddress.set(e.host());
            path.set(e.path());
        });
    }

    /** Re-reads the bundles under the served folder and this computer's addresses, preselecting the one facing {@code controller}. */
    void refresh(InetAddress controller) {
        executors.background().execute(() -> {
            Path root = servers.settings().root();
            List<String> found = Bundles.under(root);
            Map<String, Bundles.Info> described = new HashMap<>();
            found.forEach(b -> described.put(b, Bundles.describe(root, b)));
            List<String> local = interfaces.list().stream()
                    .map(a -> IpText.of(a.address()))
                    .distinct()
                    .toList();
            String best = controller == null
                    ? null
                    : interfaces.bestFor(controller).map(IpText::of).orElse(null);
            executors.fx().execute(() -> {
                details.clear();
                details.putAll(described);
                bundles.setAll(found);
                if (bundle.get() == null || !found.contains(bundle.get())) {
                    bundle.set(found.isEmpty() ? null : found.getLast());
                }
                addresses.setAll(local);
                if (best != null) {
                    serverAddress.set(best);
                } else if (serverAddress.get() == null && !local.isEmpty()) {
                    serverAddress.set(local.getFirst());
                }
                showExisting();
            });
        });
    }

    /** What is missing before a step can go, or empty. */
    Optional<Msg> missing(boolean controllerConnected) {
        if (!controllerConnected) {
            return Optional.of(Msg.of("upgrade.error.noController"));
        }
        if (existing(mode.get()).isPresent()) {
            return Optional.empty(); // the technician's own server: its address and path are in the servers panel
        }
        if (bundle.get() == null
                || serverAddress.get() == null
                || serverAddress.get().isBlank()) {
            return Optional.of(Msg.of("upgrade.error.incomplete"));
        }
        return Optional.empty();
    }

    Values values() {
        return new Values(
                bundle.get(),
                mode.get(),
                serverAddress.get() == null ? "" : serverAddress.get().strip(),
                path.get().strip());
    }

    /** The technician's own server for this mode, when chosen in the servers panel instead of ours. */
    Optional<ExistingServer> existing(DownloadMode m) {
        return choices.existing(ExistingServerPlan.protocol(m));
    }

    /**
     * The plan: our server for the mode is started (its port goes into the profile when not the default), the
     * versions come from the bundle's own files. Blocking: call it in the background.
     */
    UpgradePlan plan(Values v, ServerManager s) {
        Optional<ExistingServer> own = existing(v.mode());
        if (own.isPresent()) {
            Path local = v.bundle() == null
                    ? null
                    : s.settings().root().resolve(v.bundle()).normalize();
            return ExistingServerPlan.plan(own.get(), local);
        }
        ServerKind kind = v.mode() == DownloadMode.SFTP ? ServerKind.SFTP : ServerKind.TFTP;
        ServerStatus st = s.start(kind);
        if (!st.running()) {
            throw new ServerProblem(st.problem());
        }
        int port = st.address().getPort();
        ProfileRequest req;
        if (v.mode() == DownloadMode.SFTP) {
            var account = s.sftpInfo().orElseThrow().credentials();
            req = ProfileRequest.sftp(v.server(), v.path(), account.user(), account.password());
            req = port == 22 ? req : req.withSftpPort(port);
        } else {
            req = ProfileRequest.tftp(v.server(), v.path());
        }
        Path folder = s.settings().root().resolve(v.path()).normalize();
        BundleVersions versions =
                folder.startsWith(s.settings().root()) ? BundleVersions.of(folder) : new BundleVersions(null, null);
        return new UpgradePlan(req, port, v.path(), versions.ap(), versions.controller());
    }

    PreflightReport preflight(UpgradeViewModel.Parts parts, ControllerLink l, Values v) {
        Optional<ExistingServer> own = existing(v.mode());
        if (own.isPresent()) {
            return ExistingServerPlan.preflight(parts, l, v, own.get());
        }
        var input = PreflightGather.gather(
                parts.servers(),
                parts.interfaces(),
                parts.repositories().get(),
                l,
                parts.snapshot(),
                v.mode(),
                v.server(),
                v.path());
        return new Preflight(ApImageCatalog.builtIn()).run(input);
    }

    /** Each listed bundle's versions, date and image types (filled with the list, in the background). */
    ObservableMap<String, Bundles.Info> bundleDetails() {
        return details;
    }

    ObservableList<String> bundles() {
        return bundles;
    }

    ObservableList<String> addresses() {
        return addresses;
    }

    StringProperty bundle() {
        return bundle;
    }

    ObjectProperty<DownloadMode> mode() {
        return mode;
    }

    StringProperty serverAddress() {
        return serverAddress;
    }

    StringProperty path() {
        return path;
    }
}
