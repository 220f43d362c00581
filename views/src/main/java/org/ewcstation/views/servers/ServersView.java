package org.ewcstation.views.servers;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.servers.net.IpText;
import org.ewcstation.services.network.LocalInterfaces;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.repository.ImportViewModel;

/** The servers panel: switches, folder, addresses, the SFTP account to copy into the controller's profile. */
public final class ServersView {

    private final ServersViewModel model;
    private final Localization loc;
    private final Dialogs dialogs;
    private final Supplier<InetAddress> controller;

    private final ImportViewModel importer;

    public ServersView(
            ServersViewModel model,
            Localization loc,
            Dialogs dialogs,
            Supplier<InetAddress> controller,
            ImportViewModel importer) {
        this.importer = importer;
        this.model = model;
        this.loc = loc;
        this.dialogs = dialogs;
        this.controller = controller;
    }

    public static String hostPort(InetSocketAddress a) {
        if (a == null) {
            return "";
        }
        String host = IpText.host(a);
        if (a.getAddress() != null && a.getAddress().isAnyLocalAddress()) {
            host = "*";
        }
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    public Parent build() {
        Label title = label("servers.title");
        title.getStyleClass().add("section-title");
        VBox box = new VBox(
                6,
                title,
                folderRow(),
                importRow(),
                new ExistingServerPane(model.existing(Protocol.TFTP), loc, dialogs).build(serverRow(ServerKind.TFTP)),
                new ExistingServerPane(model.existing(Protocol.SFTP), loc, dialogs)
                        .build(new VBox(
                                2, serverRow(ServerKind.SFTP), new SftpAccountPane(model, loc, dialogs).build())),
                serverRow(ServerKind.SYSLOG),
                label("servers.addresses"),
                addresses());
        box.setPadding(new Insets(6, 8, 8, 8));
        box.setId("serversPanel");
        model.refreshAddresses();
        // a narrow panel scrolls rather than squeezing a message into "..."
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Node folderRow() {
        Label path = new Label();
        path.setId("serversRoot");
        path.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.valueOf(model.rootProperty().get()), model.rootProperty()));
        path.getStyleClass().add("mono");
        path.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = button("servers.root.choose");
        choose.setId("serversChooseRoot");
        choose.setOnAction(e -> dialogs.chooseFolder(
                        "servers.root.title", model.rootProperty().get())
                .flatMap(model::setRoot)
                .ifPresent(problem -> dialogs.error("servers.root.title", problem)));
        // the folder's name may be cut in a narrow pane: the whole path on hover, the words never cut
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(path.textProperty());
        path.setTooltip(whole);
        path.setMinWidth(40);
        Label caption = label("servers.root");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, caption, path, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Import a bundle as downloaded from Cisco (.zip, .tar) or an unzipped folder into the served folder. */
    private Node importRow() {
        Button archive = button("import.archive");
        archive.setId("importArchive");
        archive.setOnAction(e -> dialogs.chooseOpenFile("import.title", "zip", "tar", "gz", "tgz")
                .ifPresent(importer::importFrom));
        Button folder = button("import.folder");
        folder.setId("importFolder");
        folder.setOnAction(e -> dialogs.chooseFolder("import.title", null).ifPresent(importer::importFrom));
        archive.disableProperty().bind(importer.importingProperty());
        folder.disableProperty().bind(importer.importingProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(importer.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label phase = new Label();
        phase.textProperty().bind(loc.text(importer.phaseProperty()));
        VBox progress = new VBox(2, bar, phase);
        progress.visibleProperty().bind(importer.importingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        // a narrow panel puts the second button under the first rather than cutting both words
        archive.setMinWidth(Region.USE_PREF_SIZE);
        folder.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(6, 4, archive, folder);
        return new VBox(4, buttons, progress);
    }

    private Node serverRow(ServerKind kind) {
        ToggleSwitch toggle = new ToggleSwitch(kind.label());
        toggle.setId("serverSwitch-" + kind.name());
        ObservableValue<ServerStatus> status = model.statusProperty(kind);
        toggle.setSelected(status.getValue().running());
        status.subscribe(s -> toggle.setSelected(s.running()));
        toggle.selectedProperty().addListener((obs, old, on) -> {
            if (on != status.getValue().running()) {
                model.setRunning(kind, on);
            }
        });
        var text = Bindings.createStringBinding(
                () -> {
                    ServerStatus s = status.getValue();
                    return switch (s.phase()) {
                        case RUNNING -> loc.messages().text("servers.state.running", hostPort(s.address()));
                        case STOPPED -> loc.messages().text("servers.state.stopped");
                        case FAILED -> loc.messages().text(s.problem());
                    };
                },
                status,
                loc.messagesProperty());
        VBox state = MessageLabel.of(
                "serverState-" + kind.name(),
                text,
                Bindings.createObjectBinding(() -> status.getValue().problem(), status),
                loc,
                dialogs);
        Node stateLabel = state.getChildren().getFirst();
        status.subscribe(s -> stateLabel
                .getStyleClass()
                .setAll("label", "server-state-" + s.phase().name().toLowerCase(Locale.ROOT)));
        VBox row = new VBox(2, toggle, state);
        return row;
    }

    private Node addresses() {
        ListView<LocalInterfaces.LocalAddress> list = new ListView<>(model.addresses());
        list.setId("serversAddresses");
        list.setPrefHeight(90);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(LocalInterfaces.LocalAddress a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    return;
                }
                InetAddress c = controller.get();
                boolean facing = c != null && a.sameSubnet(c);
                setText(a.interfaceName() + "  " + a.text()
                        + (facing ? "  ← " + loc.now("servers.addresses.facing") : ""));
                getStyleClass().remove("facing");
                if (facing) {
                    getStyleClass().add("facing");
                }
            }
        });
        loc.messagesProperty().addListener((obs, old, now) -> list.refresh());
        return list;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(loc.text(key));
        return l;
    }

    private Button button(String key) {
        Button b = new Button();
        b.textProperty().bind(loc.text(key));
        return b;
    }
}
