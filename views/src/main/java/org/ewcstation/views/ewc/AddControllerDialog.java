package org.ewcstation.views.ewc;

import java.util.Optional;
import java.util.regex.Pattern;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.ewcstation.views.fx.FxmlLoader;
import org.ewcstation.views.fx.Localization;

/** The "add controller" form (FXML beside it): address, port, user, password, enable secret. */
public final class AddControllerDialog {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\-\\[\\]%]+");

    private final Localization loc;

    @FXML
    TextField address;

    @FXML
    TextField port;

    @FXML
    TextField user;

    @FXML
    PasswordField password;

    @FXML
    PasswordField enableSecret;

    @FXML
    CheckBox rememberPassword;

    @FXML
    Label error;

    public AddControllerDialog(Localization loc) {
        this.loc = loc;
    }

    @FXML
    void initialize() {
        port.setText("22");
        error.setText("");
        // Passwords are kept only in memory for this session: no OS key store integration yet.
        rememberPassword.setSelected(false);
        rememberPassword.setDisable(true);
    }

    /** Checks the form; returns a message key describing the first problem, or empty when it is fine. */
    public Optional<String> validate() {
        String a = address.getText() == null ? "" : address.getText().strip();
        if (a.isEmpty() || !HOST.matcher(a).matches()) {
            return Optional.of("controllers.dialog.error.address");
        }
        int p;
        try {
            p = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            return Optional.of("controllers.dialog.error.port");
        }
        if (user.getText() == null || user.getText().isBlank()) {
            return Optional.of("controllers.dialog.error.user");
        }
        return Optional.empty();
    }

    public ControllerEntry entry() {
        return new ControllerEntry(
                address.getText().strip(),
                Integer.parseInt(port.getText().strip()),
                user.getText().strip(),
                password.getText().toCharArray(),
                enableSecret.getText().toCharArray());
    }

    /** Shows the form as a modal dialog; empty when cancelled. */
    public static Optional<ControllerEntry> show(FxmlLoader fxml, Localization loc, Window owner) {
        FxmlLoader.Loaded<AddControllerDialog> loaded = fxml.load(AddControllerDialog.class);
        AddControllerDialog form = loaded.controller();
        Dialog<ControllerEntry> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(loc.now("controllers.dialog.title"));
        dialog.getDialogPane().setContent(loaded.root());
        ButtonType add = new ButtonType(loc.now("controllers.dialog.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(loc.now("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(add, cancel);
        dialog.getDialogPane()
                .lookupButton(add)
                .addEventFilter(
                        ActionEvent.ACTION,
                        e -> form.validate().ifPresent(key -> {
                            form.error.setText(loc.now(key));
                            e.consume();
                        }));
        dialog.setResultConverter(b -> b == add ? form.entry() : null);
        return dialog.showAndWait();
    }
}
