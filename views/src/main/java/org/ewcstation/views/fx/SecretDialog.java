package org.ewcstation.views.fx;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ewcstation.i18n.Msg;

/** Asks for one secret, hidden as typed, with "remember it" off by default. */
final class SecretDialog {

    private SecretDialog() {}

    static Optional<SecretAnswer> ask(Window owner, Localization loc, String titleKey, Msg prompt) {
        Dialog<SecretAnswer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(loc.now(titleKey));
        Label text = new Label(loc.messages().text(prompt));
        text.setWrapText(true);
        text.setMaxWidth(420);
        text.setId("secretPrompt");
        PasswordField field = new PasswordField();
        field.setId("secretField");
        CheckBox remember = new CheckBox(loc.now("dialog.secret.remember"));
        remember.setId("secretRemember");
        remember.setSelected(false);
        dialog.getDialogPane().setContent(new VBox(8, text, field, remember));
        ButtonType ok = new ButtonType(loc.now("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(loc.now("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("secretOk");
        dialog.setResultConverter(
                b -> b == ok ? new SecretAnswer(field.getText().toCharArray(), remember.isSelected()) : null);
        field.requestFocus();
        return dialog.showAndWait();
    }
}
