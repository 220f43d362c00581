package org.ewcstation.views.upgrade;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.ewcstation.services.preflight.CheckResult;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.views.fx.Localization;

/** The preflight as a checklist: one line per check, green / warning / red, the reason and the fix. */
final class PreflightDialog {

    private PreflightDialog() {}

    static void show(Window owner, Localization loc, PreflightReport report) {
        Dialog<ButtonType> dialog = dialog(
                owner,
                loc,
                report,
                loc.now("upgrade.preflight.overall." + report.overall().name()));
        dialog.getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(loc.now("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }

    /** The gate before a download with red items: the same checklist, and "Start anyway" or Cancel (the default). */
    static boolean confirmStart(Window owner, Localization loc, PreflightReport report) {
        long red = report.results().stream()
                .filter(r -> r.level() == CheckResult.Level.RED)
                .count();
        Dialog<ButtonType> dialog = dialog(owner, loc, report, loc.now("upgrade.preflight.gate.header", red));
        ButtonType start = new ButtonType(loc.now("upgrade.preflight.gate.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(loc.now("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, cancel);
        // Cancel is the default: Enter must not start a download the checklist says will fail
        ((Button) dialog.getDialogPane().lookupButton(start)).setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(start)).setId("preflightStartAnyway");
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return dialog.showAndWait().filter(b -> b == start).isPresent();
    }

    private static Dialog<ButtonType> dialog(Window owner, Localization loc, PreflightReport report, String header) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.setId("preflightChecks");
        int row = 0;
        for (CheckResult r : report.results()) {
            Label mark = new Label(
                    switch (r.level()) {
                        case GREEN -> "✔";
                        case WARNING -> "!";
                        case RED -> "✖";
                    });
            mark.getStyleClass().add("preflight-" + r.level().name().toLowerCase(Locale.ROOT));
            Label reason = new Label(loc.messages().text(r.reason()));
            reason.setWrapText(true);
            reason.setMaxWidth(560);
            grid.add(mark, 0, row);
            grid.add(reason, 1, row++);
            if (r.fix().isPresent()) {
                Label fix = new Label(loc.messages().text(r.fix().get()));
                fix.setWrapText(true);
                fix.setMaxWidth(560);
                fix.getStyleClass().add("preflight-fix");
                grid.add(fix, 1, row++);
            }
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(loc.now("upgrade.preflight.title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new ScrollPane(grid));
        dialog.getDialogPane().setPrefWidth(680);
        return dialog;
    }
}
