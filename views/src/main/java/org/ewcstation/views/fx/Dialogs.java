package org.ewcstation.views.fx;

import java.nio.file.Path;
import java.util.Optional;
import org.ewcstation.i18n.Msg;

/**
 * Every window and dialog the views open goes through this, so view models and views stay testable:
 * UI tests pass an implementation that answers without showing a native dialog.
 */
public interface Dialogs {

    /** Asks where to save a file; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String titleKey, String initialName, String extension);

    /** Asks for an existing file with one of {@code extensions}; empty when the user cancels. */
    Optional<Path> chooseOpenFile(String titleKey, String... extensions);

    /** Asks for a folder; empty when the user cancels. */
    Optional<Path> chooseFolder(String titleKey, Path initial);

    /** A yes/no question; true only when the user confirmed. */
    boolean confirm(String titleKey, Msg question);

    /** Shows an error with what to do. */
    void error(String titleKey, Msg message);

    /** A short passing notification (done, failed). */
    void notify(Msg message, boolean problem);
}
