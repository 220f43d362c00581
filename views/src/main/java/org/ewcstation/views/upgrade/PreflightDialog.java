package org.ewcstation.views.upgrade;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.ewcstation.services.preflight.CheckResult;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.views.fx.Localization;

/** The preflight as a checklist: one line per check, green / warning / red, the reason and the fix. */
final class PreflightDialog {

  private PreflightDialog() {}

  static void show(Window owner, Localization loc, PreflightReport report) {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    grid.setPadding(new Insets(10));
    grid.setId("preflightChecks");
    int row = 0;
    for (CheckResult r : report.results()) {
      Label mark = new Label(switch (r.level()) {
        case GREEN -> "✔";
        case WARNING -> "!";
        case RED -> "✖";
      });
      mark.getStyleClass().add("preflight-" + r.level().name().toLowerCase(java.util.Locale.ROOT));
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
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(loc.now("upgrade.preflight.title"));
    dialog.setHeaderText(loc.now("upgrade.preflight.overall." + report.overall().name()));
    dialog.getDialogPane().setContent(new javafx.scene.control.ScrollPane(grid));
    dialog.getDialogPane().setPrefWidth(680);
    ButtonType close = new ButtonType(loc.now("common.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().add(close);
    dialog.show();
  }
}
