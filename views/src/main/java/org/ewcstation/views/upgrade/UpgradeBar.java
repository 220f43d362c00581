package org.ewcstation.views.upgrade;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.upgrade.Stage;
import org.ewcstation.views.fx.Localization;

/**
 * The upgrade steps in one row above the AP table, numbered in the order a technician takes them:
 * bundle, mode, server, path, then Save / Save &amp; Download, then Activate.
 */
public final class UpgradeBar {

    private final UpgradeViewModel model;
    private final Localization loc;

    public UpgradeBar(UpgradeViewModel model, Localization loc) {
        this.model = model;
        this.loc = loc;
    }

    public Node build() {
        ComboBox<String> bundle = new ComboBox<>(model.bundles());
        bundle.setId("upgradeBundle");
        bundle.valueProperty().bindBidirectional(model.bundleProperty());
        bundle.setPrefWidth(190);
        bundle.setPromptText("-");
        bundle.setCellFactory(v -> new BundleCell(model.bundleDetails(), loc, true));
        bundle.setButtonCell(new BundleCell(model.bundleDetails(), loc, false));

        ToggleGroup modes = new ToggleGroup();
        ToggleButton tftp = mode(DownloadMode.TFTP, modes);
        ToggleButton sftp = mode(DownloadMode.SFTP, modes);

        ComboBox<String> server = new ComboBox<>(model.addresses());
        server.setId("upgradeServer");
        server.setEditable(true);
        server.valueProperty().bindBidirectional(model.serverAddressProperty());
        server.setPrefWidth(150);

        TextField path = new TextField();
        path.setId("upgradePath");
        path.textProperty().bindBidirectional(model.pathProperty());
        path.setPrefColumnCount(14);

        Button check = button("upgradePreflight", "upgrade.preflight", "upgrade.preflight.tip");
        check.setOnAction(e -> model.preflight());
        Button save = button("upgradeSave", "upgrade.save", "upgrade.save.tip");
        save.setOnAction(e -> model.save(false));
        Button download = button("upgradeDownload", "upgrade.saveDownload", "upgrade.saveDownload.tip");
        download.setDefaultButton(false);
        download.getStyleClass().add("accent-button");
        download.setOnAction(e -> model.save(true));
        Button activate = button("upgradeActivate", "upgrade.activate", "upgrade.activate.tip");
        activate.setOnAction(e -> model.activate());
        Button abort = button("upgradeAbort", "upgrade.abort", "upgrade.abort.tip");
        abort.setOnAction(e -> model.abort());
        var stage = model.stageProperty();
        BooleanBinding running = Bindings.createBooleanBinding(() -> stage.get().busy(), stage);
        // one run at a time: the form and Save stay off while the controller's run is in progress
        for (Button b : new Button[] {check, save, download}) {
            b.disableProperty().bind(model.busyProperty().or(running));
        }
        activate.disableProperty().bind(model.busyProperty().or(stage.isNotEqualTo(Stage.PREDOWNLOADED)));
        activate.getTooltip()
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> stage.get() == Stage.PREDOWNLOADED
                                ? loc.now("upgrade.activate.tip")
                                : loc.now(
                                        "upgrade.activate.notYet",
                                        loc.now(stage.get().key())),
                        stage,
                        loc.messagesProperty()));
        abort.disableProperty().bind(model.busyProperty().or(stage.isNotEqualTo(Stage.PREDOWNLOADING)));
        abort.visibleProperty().bind(stage.isEqualTo(Stage.PREDOWNLOADING));
        abort.managedProperty().bind(abort.visibleProperty());
        // Shortcuts for the main actions (shown in the tooltips).
        download.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+D"), download::fire);
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+S"), save::fire);
            }
        });

        FlowPane row = new FlowPane(
                10,
                6,
                step("1", "upgrade.step.bundle", bundle),
                step("2", "upgrade.step.mode", new HBox(0, tftp, sftp)),
                step("3", "upgrade.step.server", server),
                step("4", "upgrade.step.path", path),
                new HBox(6, check, save, download, activate, abort),
                new StageBar(model, loc).build());
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 8, 6, 8));
        row.getStyleClass().add("upgrade-bar");
        row.setId("upgradeBar");
        return row;
    }

    private ToggleButton mode(DownloadMode m, ToggleGroup group) {
        ToggleButton b = new ToggleButton(m.name());
        b.setId("upgradeMode-" + m.name());
        b.setToggleGroup(group);
        b.setSelected(model.modeProperty().get() == m);
        b.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                model.modeProperty().set(m);
            } else if (group.getSelectedToggle() == null) {
                b.setSelected(true); // one mode is always chosen
            }
        });
        return b;
    }

    private Node step(String number, String key, Node control) {
        Label n = new Label(number);
        n.getStyleClass().add("step-number");
        Label l = new Label();
        l.textProperty().bind(loc.text(key));
        HBox box = new HBox(5, n, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String id, String key, String tipKey) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(loc.text(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(loc.text(tipKey));
        b.setTooltip(tip);
        return b;
    }
}
