package org.ewcstation.views.servers;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.ewcstation.views.fx.Localization;

/** The bottom strip: one chip per server with its state and address. */
public final class ServerStatusBar {

  private final ServerStatusViewModel model;
  private final Localization loc;

  public ServerStatusBar(ServerStatusViewModel model, Localization loc) {
    this.model = model;
    this.loc = loc;
  }

  public Node build() {
    StatusBar bar = new StatusBar();
    bar.setId("statusBar");
    bar.textProperty().bind(loc.text("status.ready"));
    bar.getRightItems().addAll(chip("tftpStatus", model.tftpProperty()), chip("sftpStatus", model.sftpProperty()),
        chip("syslogStatus", model.syslogProperty()));
    return bar;
  }

  private Label chip(String id, ObservableValue<ServerState> state) {
    Label l = new Label();
    l.setId(id);
    l.textProperty().bind(Bindings.createStringBinding(() -> {
      ServerState s = state.getValue();
      return switch (s.phase()) {
        case RUNNING -> loc.messages().text("status.server.running", s.protocol(), s.detail());
        case STOPPED -> loc.messages().text("status.server.stopped", s.protocol());
        case FAILED -> loc.messages().text("status.server.failed", s.protocol(), s.detail());
      };
    }, state, loc.messagesProperty()));
    state.subscribe(s -> {
      l.getStyleClass().removeAll("server-running", "server-stopped", "server-failed");
      l.getStyleClass().addAll("server-chip", "server-" + s.phase().name().toLowerCase(java.util.Locale.ROOT));
    });
    return l;
  }
}
