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
import org.ewcstation.i18n.Msg;
import org.ewcstation.views.fx.FxmlLoader;
import org.ewcstation.views.fx.Localization;

/** The "add controller" form (FXML beside it): address, port, user, password, enable secret. */
public final class AddControllerDialog {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\-\\[\\]%]+");

    private final Localization loc;
    private final Msg secretsWhere;

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
    TextField label;

    @FXML
    CheckBox rememberPassword;

    @FXML
    Label rememberWhere;

    @FXML
    Label error;

    /** {@code secretsWhere}: where a remembered password is kept, as the form says under the box. */
    public AddControllerDialog(Localization loc, Msg secretsWhere) {
        this.loc = loc;
        this.secretsWhere = secretsWhere;
    }

    @FXML
    void initialize() {
        port.setText("22");
        error.setText("");
        rememberPassword.setSelected(false); // off unless the technician asks
        rememberWhere.setText(loc.messages().text(secretsWhere));
        rememberWhere.visibleProperty().bind(rememberPassword.selectedProperty());
    }

    /** Fills the form to edit a listed controller; an empty password keeps the one in use. */
    void prefill(Prefill p) {
        address.setText(p.address());
        port.setText(Integer.toString(p.port()));
        user.setText(p.user());
        label.setText(p.label());
        rememberPassword.setSelected(p.remember());
        password.setPromptText(loc.now("controllers.dialog.password.keep"));
    }

    /** What an edit form starts with. */
    public record Prefill(String address, int port, String user, String label, boolean remember) {}

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
                enableSecret.getText().toCharArray(),
                label.getText(),
                rememberPassword.isSelected());
    }

    /** Shows the form as a modal dialog; empty when cancelled. */
    public static Optional<ControllerEntry> show(FxmlLoader fxml, Localization loc, Window owner) {
        return show(fxml, loc, owner, null);
    }

    /** The same form to edit (or reconnect) a listed controller, filled in; empty when cancelled. */
    public static Optional<ControllerEntry> show(FxmlLoader fxml, Localization loc, Window owner, Prefill prefill) {
        FxmlLoader.Loaded<AddControllerDialog> loaded = fxml.load(AddControllerDialog.class);
        AddControllerDialog form = loaded.controller();
        if (prefill != null) {
            form.prefill(prefill);
        }
        Dialog<ControllerEntry> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(loc.now(prefill == null ? "controllers.dialog.title" : "controllers.dialog.editTitle"));
        dialog.getDialogPane().setContent(loaded.root());
        ButtonType add = new ButtonType(
                loc.now(prefill == null ? "controllers.dialog.add" : "controllers.dialog.connect"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(loc.now("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(add, cancel);
        dialog.getDialogPane().lookupButton(add).setId("controllerDialogOk");
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
