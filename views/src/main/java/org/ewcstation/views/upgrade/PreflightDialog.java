package org.ewcstation.views.upgrade;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.ewcstation.services.preflight.CheckResult;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.Styles;

/** The preflight as a checklist: one line per check, green / warning / red, the reason and the fix. */
public final class PreflightDialog {

    private PreflightDialog() {}

    public static void show(Window owner, Localization loc, PreflightReport report) {
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
    public static boolean confirmStart(Window owner, Localization loc, PreflightReport report) {
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
        grid.setVgap(4);
        grid.setPadding(new Insets(10));
        grid.setId("preflightChecks");
        ColumnConstraints marks = new ColumnConstraints(22);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        texts.setFillWidth(true);
        grid.getColumnConstraints().setAll(marks, texts);
        int row = 0;
        for (CheckResult r : report.results()) {
            String level = r.level().name().toLowerCase(Locale.ROOT);
            Label mark = new Label(
                    switch (r.level()) {
                        case GREEN -> "✔";
                        case WARNING -> "!";
                        case RED -> "✖";
                    });
            mark.getStyleClass().addAll("preflight-mark", "preflight-" + level);
            Label reason = wrapped(loc.messages().text(r.reason()), "preflight-reason");
            GridPane.setValignment(mark, VPos.TOP);
            grid.add(mark, 0, row);
            grid.add(reason, 1, row++);
            if (r.fix().isPresent()) {
                grid.add(wrapped(loc.messages().text(r.fix().get()), "preflight-fix"), 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(Math.min(520, 40.0 * report.results().size() + 40));
        Dialog<ButtonType> dialog = Styles.apply(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle(loc.now("upgrade.preflight.title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane()
                .getStyleClass()
                .add("preflight-" + report.overall().name().toLowerCase(Locale.ROOT));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(700);
        dialog.setResizable(true);
        return dialog;
    }

    /** A sentence that wraps at the dialog's width (never cut): the reason or the fix of one check. */
    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
