package org.ewcstation.views.servers;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ewcstation.i18n.Msg;
import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.servers.ExistingServer;
import org.ewcstation.services.servers.ServerChoices;

/**
 * One protocol's choice in the servers panel: our embedded server, or the technician's own one with its address
 * and port as the controller reaches it, the path as that server sees it, and for SFTP the account.
 */
public final class ExistingServerModel {

    private final Protocol protocol;
    private final ServerChoices choices;
    private final BooleanProperty existing = new SimpleBooleanProperty();
    private final IntegerProperty applied = new SimpleIntegerProperty();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty path = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");

    ExistingServerModel(Protocol protocol, ServerChoices choices) {
        this.protocol = protocol;
        this.choices = choices;
        ExistingServer s = choices.stored(protocol);
        host.set(s.host());
        port.set(Integer.toString(s.port()));
        path.set(s.path());
        user.set(s.user());
        password.set(s.password());
        existing.set(choices.existing(protocol).isPresent());
    }

    /** Keeps the fields and uses that server from now on; the first problem with them otherwise. */
    public Optional<Msg> apply() {
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (host.get().isBlank()) {
            return Optional.of(Msg.of("servers.existing.error.host"));
        }
        if (p < 1 || p > 65535) {
            return Optional.of(Msg.of("servers.existing.error.port"));
        }
        ExistingServer s = new ExistingServer(protocol, host.get(), p, path.get(), user.get(), password.get());
        if (!s.complete()) {
            return Optional.of(Msg.of("servers.existing.error.account"));
        }
        choices.useExisting(s);
        existing.set(true);
        applied.set(applied.get() + 1);
        return Optional.empty();
    }

    /** Back to our embedded server (the fields are kept for next time). */
    public void useEmbedded() {
        choices.useEmbedded(protocol);
        existing.set(false);
        applied.set(applied.get() + 1);
    }

    /** The server in use for this protocol, when it is the technician's own. */
    public Optional<ExistingServer> chosen() {
        return choices.existing(protocol);
    }

    /** Changes each time a choice is made, so the upgrade bar can show the server in use. */
    public ReadOnlyIntegerProperty appliedProperty() {
        return applied;
    }

    public Protocol protocol() {
        return protocol;
    }

    public BooleanProperty existingProperty() {
        return existing;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }
}
