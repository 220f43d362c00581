package org.ewcstation.views.settings;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.ewcstation.i18n.Language;
import org.ewcstation.views.fx.FxmlLoader;
import org.ewcstation.views.fx.Localization;

/** The settings form (FXML beside it), bound to {@link SettingsViewModel}; OK applies, the first problem stays shown. */
public final class SettingsDialog {

    private final Localization loc;
    private final SettingsViewModel model;

    @FXML
    TextField tftpPort;

    @FXML
    TextField sftpPort;

    @FXML
    TextField syslogPort;

    @FXML
    TextField bindAddress;

    @FXML
    TextField sftpUser;

    @FXML
    CheckBox saveConfig;

    @FXML
    CheckBox olderControllers;

    @FXML
    TextField rejoinMinutes;

    @FXML
    CheckBox keepAwake;

    @FXML
    ComboBox<Language> language;

    @FXML
    Label secrets;

    @FXML
    Label error;

    public SettingsDialog(Localization loc, SettingsViewModel model) {
        this.loc = loc;
        this.model = model;
    }

    @FXML
    void initialize() {
        model.load();
        tftpPort.textProperty().bindBidirectional(model.tftpPortProperty());
        sftpPort.textProperty().bindBidirectional(model.sftpPortProperty());
        syslogPort.textProperty().bindBidirectional(model.syslogPortProperty());
        bindAddress.textProperty().bindBidirectional(model.bindAddressProperty());
        sftpUser.textProperty().bindBidirectional(model.sftpUserProperty());
        saveConfig.selectedProperty().bindBidirectional(model.saveConfigProperty());
        olderControllers.selectedProperty().bindBidirectional(model.olderControllersProperty());
        rejoinMinutes.textProperty().bindBidirectional(model.rejoinMinutesProperty());
        keepAwake.selectedProperty().bindBidirectional(model.keepAwakeProperty());
        language.getItems().setAll(Language.values());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : l.nativeName();
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        secrets.setText(loc.messages().text(model.secretsWhere()));
        error.setText("");
    }

    /** Shows the settings; true when they were applied. */
    public static boolean show(FxmlLoader fxml, Localization loc, Window owner) {
        FxmlLoader.Loaded<SettingsDialog> loaded = fxml.load(SettingsDialog.class);
        SettingsDialog form = loaded.controller();
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(loc.now("settings.title"));
        dialog.getDialogPane().setContent(loaded.root());
        ButtonType ok = new ButtonType(loc.now("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(loc.now("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("settingsOk");
        dialog.getDialogPane()
                .lookupButton(ok)
                .addEventFilter(
                        ActionEvent.ACTION,
                        e -> form.model.apply().ifPresent(problem -> {
                            form.error.setText(loc.messages().text(problem));
                            e.consume();
                        }));
        dialog.setResultConverter(b -> b == ok);
        Optional<Boolean> applied = dialog.showAndWait();
        return applied.orElse(false);
    }
}
