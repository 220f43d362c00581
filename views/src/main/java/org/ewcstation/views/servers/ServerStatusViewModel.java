package org.ewcstation.views.servers;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** TFTP, SFTP and syslog: stopped, running on an address, or failed to start. */
public final class ServerStatusViewModel {

  private final ObjectProperty<ServerState> tftp = new SimpleObjectProperty<>(ServerState.stopped("TFTP"));
  private final ObjectProperty<ServerState> sftp = new SimpleObjectProperty<>(ServerState.stopped("SFTP"));
  private final ObjectProperty<ServerState> syslog = new SimpleObjectProperty<>(ServerState.stopped("Syslog"));

  public ObjectProperty<ServerState> tftpProperty() {
    return tftp;
  }

  public ObjectProperty<ServerState> sftpProperty() {
    return sftp;
  }

  public ObjectProperty<ServerState> syslogProperty() {
    return syslog;
  }
}
