package org.ewcstation.views.history;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.ewcstation.services.history.ReportDetails;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.Styles;

/** Asks the site, the customer and the technician for a report's head, pre-filled with the last answers. */
public final class ReportDetailsDialog {

    private ReportDetailsDialog() {}

    public static Optional<ReportDetails> ask(Window owner, Localization loc, ReportDetails last) {
        TextField site = field("reportSite", last.site());
        TextField customer = field("reportCustomer", last.customer());
        TextField technician = field("reportTechnician", last.technician());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(260);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label(loc.now("report.field.site")), site);
        grid.addRow(1, new Label(loc.now("report.field.customer")), customer);
        grid.addRow(2, new Label(loc.now("report.field.technician")), technician);
        Dialog<ButtonType> d = Styles.apply(new Dialog<>());
        d.initOwner(owner);
        d.setTitle(loc.now("report.export.title"));
        d.setHeaderText(loc.now("report.details.header"));
        d.getDialogPane().setContent(grid);
        ButtonType next = new ButtonType(loc.now("report.details.next"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane()
                .getButtonTypes()
                .addAll(next, new ButtonType(loc.now("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return d.showAndWait()
                .filter(b -> b == next)
                .map(b -> new ReportDetails(site.getText(), customer.getText(), technician.getText()));
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        return f;
    }
}
