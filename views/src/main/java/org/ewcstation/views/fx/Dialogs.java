package org.ewcstation.views.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ewcstation.i18n.Msg;
import org.ewcstation.services.history.ReportDetails;
import org.ewcstation.services.preflight.PreflightReport;
import org.ewcstation.services.upgrade.ApIssue;
import org.ewcstation.services.upgrade.Confirmation;

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
    /** Information to read (no question): one paragraph per message, with a Close button. */
    void info(String titleKey, List<Msg> paragraphs);

    void error(String titleKey, Msg message);

    /**
     * Asks for a secret (an enable secret), hidden as typed, with a "remember" box that is off unless ticked; empty
     * when the technician cancels.
     */
    Optional<SecretAnswer> askSecret(String titleKey, Msg prompt);

    /** A short passing notification (done, failed). */
    void notify(Msg message, boolean problem);

    /**
     * The exact lines of a step that changes the network, the answers to the controller's questions and the APs;
     * true only when the technician chose to send them (Cancel is the default).
     */
    boolean confirmCommands(Confirmation c);

    /** A step the workflow refused, naming every AP in the way and why. */
    void refused(String titleKey, Msg reason, List<ApIssue> aps);

    /** The preflight checklist. */
    void showPreflight(PreflightReport report);

    /** The preflight found red items before a download: true to start anyway (Cancel is the default). */
    boolean confirmPreflightStart(PreflightReport report);

    /** Site, customer and technician for a report's head, pre-filled with the last ones; empty when cancelled. */
    Optional<ReportDetails> reportDetails();
}
