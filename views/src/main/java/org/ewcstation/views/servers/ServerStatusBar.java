package org.ewcstation.views.servers;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.ewcstation.services.servers.ServerKind;
import org.ewcstation.services.servers.ServerStatus;
import org.ewcstation.views.fx.Localization;

/** The bottom strip: the upgrade on the left, one chip per server with its state and address on the right. */
public final class ServerStatusBar {

    private final ServersViewModel model;
    private final Localization loc;

    public ServerStatusBar(ServersViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
    }

    /**
     * The strip, with {@code left} (the upgrade's stage and progress) where a status bar's text goes, and
     * {@code before} (what keeps the computer awake) ahead of the server chips.
     */
    public Node build(Node left, Node... before) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.setText("");
        bar.getLeftItems().add(left);
        bar.getRightItems().addAll(before);
        for (ServerKind k : ServerKind.values()) {
            bar.getRightItems().add(chip(k.name().toLowerCase(Locale.ROOT) + "Status", model.statusProperty(k)));
        }
        return bar;
    }

    private Label chip(String id, ObservableValue<ServerStatus> state) {
        Label l = new Label();
        l.setId(id);
        l.textProperty()
                .bind(Bindings.createStringBinding(() -> text(state.getValue()), state, loc.messagesProperty()));
        state.subscribe(s -> {
            l.getStyleClass().removeAll("server-running", "server-stopped", "server-failed");
            l.getStyleClass().addAll("server-chip", "server-" + s.phase().name().toLowerCase(Locale.ROOT));
        });
        return l;
    }

    private String text(ServerStatus s) {
        String name = s.kind().label();
        return switch (s.phase()) {
            case RUNNING -> loc.messages().text("status.server.running", name, ServersView.hostPort(s.address()));
            case STOPPED -> loc.messages().text("status.server.stopped", name);
            case FAILED -> loc.messages().text("status.server.failed", name, loc.now("status.server.seePanel"));
        };
    }
}
