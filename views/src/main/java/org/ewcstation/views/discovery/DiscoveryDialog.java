package org.ewcstation.views.discovery;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ewcstation.i18n.Msg;
import org.ewcstation.views.ewc.ControllerEntry;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.Styles;

/**
 * "Find controllers": the form, a Search/Stop button, a progress bar while sweeping, the results table and
 * "Add controller" for the selected row. Returns the entry to connect, or empty when closed.
 */
public final class DiscoveryDialog {

    private DiscoveryDialog() {}

    public static Optional<ControllerEntry> show(Window owner, DiscoveryViewModel model, Localization loc) {
        TextField range = new TextField();
        range.textProperty().bindBidirectional(model.rangeProperty());
        TextField ports = new TextField();
        ports.textProperty().bindBidirectional(model.portsProperty());
        CheckBox capwap = new CheckBox();
        capwap.textProperty().bind(loc.text("discovery.dialog.capwap"));
        capwap.selectedProperty().bindBidirectional(model.capwapProperty());
        TextField user = new TextField();
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label(loc, "discovery.dialog.range"), range, label(loc, "discovery.dialog.ports"), ports);
        form.addRow(1, label(loc, "discovery.dialog.user"), user, label(loc, "discovery.dialog.password"), password);
        form.add(capwap, 1, 2, 3, 1);

        Button search = new Button();
        search.textProperty()
                .bind(Bindings.when(model.runningProperty())
                        .then(loc.text("discovery.dialog.stop"))
                        .otherwise(loc.text("discovery.dialog.start")));
        search.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.stop();
            } else {
                model.start();
            }
        });
        search.setDefaultButton(true);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.statusProperty().get() == null
                                ? ""
                                : loc.messages().text(model.statusProperty().get()),
                        model.statusProperty(),
                        loc.messagesProperty()));

        TableView<DiscoveryRow> table = new TableView<>(model.rows());
        table.getColumns().add(column(loc, "discovery.col.address", r -> r.address() + ":" + r.port()));
        table.getColumns().add(column(loc, "discovery.col.source", r -> loc.now(r.source())));
        table.getColumns().add(column(loc, "discovery.col.name", DiscoveryRow::name));
        table.getColumns().add(column(loc, "discovery.col.version", DiscoveryRow::version));
        table.getColumns()
                .add(column(loc, "discovery.col.kind", r -> loc.messages().text(r.kind())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox content = new VBox(8, form, search, bar, table, status);
        content.setPrefSize(760, 480);
        Dialog<ControllerEntry> dialog = Styles.apply(new Dialog<>());
        dialog.initOwner(owner);
        dialog.titleProperty().bind(loc.text("discovery.dialog.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        ButtonType add = new ButtonType(loc.now("discovery.dialog.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(loc.now("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(add, close);
        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        addButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.entryFor(table.getSelectionModel().getSelectedItem()).isEmpty()) {
                model.statusProperty().set(Msg.of("controllers.dialog.error.user"));
                user.requestFocus();
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == add
                ? model.entryFor(table.getSelectionModel().getSelectedItem()).orElse(null)
                : null);
        dialog.setOnHidden(e -> model.stop());
        return dialog.showAndWait();
    }

    private static Label label(Localization loc, String key) {
        Label l = new Label();
        l.textProperty().bind(loc.text(key));
        return l;
    }

    private static TableColumn<DiscoveryRow, String> column(
            Localization loc, String key, Function<DiscoveryRow, String> value) {
        TableColumn<DiscoveryRow, String> c = new TableColumn<>();
        c.textProperty().bind(loc.text(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
