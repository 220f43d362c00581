package org.ewcstation.views.fx;

import javafx.scene.Parent;
import javafx.scene.control.Dialog;

/** The one stylesheet of the application, for the main window and every dialog and window it opens. */
public final class Styles {

    public static final String CSS =
            Styles.class.getResource("/org/ewcstation/views/ewc-station.css").toExternalForm();

    private Styles() {}

    public static <T extends Parent> T apply(T root) {
        if (!root.getStylesheets().contains(CSS)) {
            root.getStylesheets().add(CSS);
        }
        return root;
    }

    public static <D extends Dialog<?>> D apply(D dialog) {
        apply(dialog.getDialogPane());
        return dialog;
    }
}
