package org.ewcstation.views.upgrade;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.upgrade.ApIssue;
import org.ewcstation.services.upgrade.Confirmation;
import org.ewcstation.views.fx.Localization;
import org.ewcstation.views.fx.Styles;

/**
 * The dialogs of a step that changes the network: the exact lines before they are sent (Cancel is the default
 * button, so Enter never sends them), and a refusal that names every AP in the way.
 */
public final class CommandsDialog {

    private CommandsDialog() {}

    /** True only when the technician pressed Send. */
    public static boolean confirm(Window owner, Localization loc, Confirmation c) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(4, 0, 0, 0));
        box.getChildren().add(wrapped(loc.messages().text(c.summary()), "confirm-summary"));
        box.getChildren().add(wrapped(loc.now("cli.confirm.lines", c.controller()), null));
        box.getChildren()
                .add(mono(
                        "confirmLines", String.join("\n", c.lines()), c.lines().size()));
        if (!c.answers().isEmpty()) {
            box.getChildren().add(wrapped(loc.now("cli.confirm.answers"), null));
            box.getChildren()
                    .add(mono(
                            "confirmAnswers",
                            String.join("\n", c.answers()),
                            c.answers().size()));
        }
        if (!c.aps().isEmpty()) {
            box.getChildren().add(wrapped(loc.now("cli.confirm.aps", c.aps().size(), ""), null));
            box.getChildren()
                    .add(mono(
                            "confirmAps",
                            String.join(", ", c.aps()),
                            Math.min(4, 1 + c.aps().size() / 6)));
        }
        Dialog<ButtonType> d = dialog(owner, loc, "upgrade.confirm.title", box);
        ButtonType send = new ButtonType(loc.now("upgrade.confirm.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(loc.now("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(send, cancel);
        Button sendButton = (Button) d.getDialogPane().lookupButton(send);
        sendButton.setDefaultButton(false);
        sendButton.setId("confirmSend");
        Button cancelButton = (Button) d.getDialogPane().lookupButton(cancel);
        cancelButton.setDefaultButton(true);
        cancelButton.setId("confirmCancel");
        return d.showAndWait().filter(b -> b == send).isPresent();
    }

    /** The reason, then one line per AP in the way ("AP-3: still downloading (42 %)"). */
    public static void refused(Window owner, Localization loc, String titleKey, Msg reason, List<ApIssue> aps) {
        VBox box = new VBox(8);
        box.getChildren().add(wrapped(loc.messages().text(reason), "confirm-summary"));
        if (!aps.isEmpty()) {
            String lines = String.join(
                    "\n",
                    aps.stream()
                            .map(i -> loc.messages().text(Msg.of("upgrade.notReady.line", i.ap(), i.why())))
                            .toList());
            box.getChildren().add(mono("refusedAps", lines, Math.min(12, aps.size())));
        }
        Dialog<ButtonType> d = dialog(owner, loc, titleKey, box);
        d.getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(loc.now("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setId("refusedDialog");
        d.show();
    }

    private static Dialog<ButtonType> dialog(Window owner, Localization loc, String titleKey, VBox content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(loc.now(titleKey));
        d.setHeaderText(null);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefWidth(620);
        Styles.apply(d);
        d.setResizable(true);
        return d;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(600);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    private static TextArea mono(String id, String text, int rows) {
        TextArea t = new TextArea(text);
        t.setId(id);
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(Math.max(1, rows));
        t.getStyleClass().add("mono");
        return t;
    }
}
