package org.ewcstation.views.servers;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ewcstation.i18n.Msg;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.Localization;

/**
 * The embedded SFTP account to copy into the controller's profile: kept across restarts, shown whether or not the
 * server runs; a new password only when asked, with the warning that saved profiles must be pushed again.
 */
final class SftpAccountPane {

    private final ServersViewModel model;
    private final Localization loc;
    private final Dialogs dialogs;

    SftpAccountPane(ServersViewModel model, Localization loc, Dialogs dialogs) {
        this.model = model;
        this.loc = loc;
        this.dialogs = dialogs;
    }

    Node build() {
        Button renew = new Button();
        renew.setId("sftpNewPassword");
        renew.textProperty().bind(loc.text("servers.sftp.newPassword"));
        renew.setOnAction(e -> {
            if (dialogs.confirm("servers.sftp.newPassword.title", Msg.of("servers.sftp.newPassword.confirm"))) {
                model.renewSftpPassword();
                dialogs.notify(Msg.of("servers.sftp.newPassword.done"), false);
            }
        });
        Label kept = new Label();
        kept.setId("sftpKeptIn");
        kept.setWrapText(true);
        kept.setMinHeight(Region.USE_PREF_SIZE);
        kept.getStyleClass().add("hint");
        kept.textProperty().bind(loc.text(model.secretsWhereProperty()));
        VBox box = new VBox(
                2,
                row("servers.sftp.user", value(model.sftpUserProperty(), "sftpUser", false), model.sftpUserProperty()),
                row(
                        "servers.sftp.password",
                        value(model.sftpPasswordProperty(), "sftpPassword", true),
                        model.sftpPasswordProperty()),
                row(
                        "servers.sftp.fingerprint",
                        value(model.sftpFingerprintProperty(), "sftpFingerprint", false),
                        model.sftpFingerprintProperty()),
                kept,
                renew);
        box.setPadding(new Insets(0, 0, 0, 16));
        return box;
    }

    private Node row(String key, Node value, ObservableValue<String> text) {
        Label name = new Label();
        name.textProperty().bind(loc.text(key));
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, name, copy(text));
        return new VBox(1, top, value);
    }

    private Node value(ObservableValue<String> text, String id, boolean secret) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("mono");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (!secret) {
            l.textProperty().bind(text);
            l.setTooltip(new Tooltip());
            l.getTooltip().textProperty().bind(text);
            return l;
        }
        ToggleButton reveal = new ToggleButton();
        reveal.setId(id + "Reveal");
        reveal.textProperty().bind(loc.text("servers.sftp.show"));
        l.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> reveal.isSelected() ? text.getValue() : "*****", text, reveal.selectedProperty()));
        return new HBox(4, l, reveal);
    }

    private Button copy(ObservableValue<String> text) {
        Button b = new Button();
        b.textProperty().bind(loc.text("servers.copy"));
        b.getStyleClass().add("small-button");
        b.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text.getValue());
            Clipboard.getSystemClipboard().setContent(c);
        });
        return b;
    }
}
