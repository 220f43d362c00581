package org.ewcstation.services.diagnosis;

import java.util.Locale;

/**
 * Every diagnosis the engine can make. Each code has two message keys: {@code diagnosis.<code>.message} (what
 * happened) and {@code diagnosis.<code>.action} (what to do); both take the diagnosis' arguments. The code's
 * name is what the history stores, so renaming one is a migration.
 */
public enum DiagnosisCode {
    /** {0} requested path, {1} nearest existing path. */
    WRONG_PATH(Severity.ERROR),
    /** {0} requested path. */
    WRONG_PATH_NO_MATCH(Severity.ERROR),
    /** {0} image type, {1} bundle folder, {2} APs needing it (comma separated, may be empty). */
    IMAGE_TYPE_MISSING(Severity.ERROR),
    /** {0} AP names, {1} their models: the image type is unknown. */
    IMAGE_TYPE_UNKNOWN(Severity.WARNING),
    /** {0} protocol, {1} port, {2} seconds waited. */
    SERVER_UNREACHABLE(Severity.ERROR),
    /** {0} URL, {1} protocol, {2} port. */
    DOWNLOAD_TIMED_OUT(Severity.ERROR),
    /** {0} URL, {1} controller's reason. */
    DOWNLOAD_FAILED(Severity.ERROR),
    /** {0} AP name (may be empty), {1} status or log text. */
    AP_DOWNLOAD_FAILED(Severity.ERROR),
    /** {0} AP name, {1} retry count. */
    RETRIES_RISING(Severity.WARNING),
    /** {0} AP name, {1} status, {2} minutes. */
    AP_STUCK(Severity.WARNING),
    /** {0} peer, {1} file, {2} bytes so far, {3} seconds without progress. */
    TRANSFER_STALLED(Severity.WARNING),
    /** {0} peer, {1} file, {2} bytes sent, {3} reason code. */
    TRANSFER_FAILED(Severity.ERROR),
    /** {0} peer, {1} user name tried. */
    SFTP_LOGIN_FAILED(Severity.ERROR),
    /** {0} AP names still away after activation, {1} minutes waited. */
    REJOIN_TIMEOUT(Severity.ERROR),
    /** {0} AP names back on another image, {1} the target version. */
    WRONG_IMAGE_AFTER_ACTIVATION(Severity.ERROR),
    /** {0} the release the controller runs after its reload, {1} the one the bundle carries. */
    CONTROLLER_VERSION_MISMATCH(Severity.ERROR),

    // ---- the long actions' outcomes (start, abort, activate, commit) ----
    /** {0} the line sent, {1} the controller's words ({@code FAILED:} / {@code ERROR:} / {@code %}). */
    ACTION_FAILED(Severity.ERROR),
    /** {0} the line sent, {1} the controller's question: it wants the configuration saved first. */
    ACTION_NEEDS_SAVED_CONFIG(Severity.ERROR),
    /** {0} the line sent, {1} the question nobody allowed us to answer. */
    ACTION_QUESTION_DECLINED(Severity.ERROR),
    /** {0} the line sent, {1} the controller's words: another install operation is in progress or uncommitted. */
    ACTION_INSTALL_BUSY(Severity.ERROR),
    /** {0} the release, {1} its state letter, {2} the auto-abort deadline or "-": an install not committed yet. */
    INSTALL_UNCOMMITTED(Severity.ERROR),
    /** {0} the target release, {1} the state the summary shows for it ("-" when not listed). */
    INSTALL_STATE_WRONG(Severity.ERROR),
    /** {0} the controller's uptime, {1} minutes since the activation was sent: it did not reload. */
    RELOAD_NOT_SEEN(Severity.ERROR);

    private final Severity severity;

    DiagnosisCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public String messageKey() {
        return "diagnosis." + camel() + ".message";
    }

    public String actionKey() {
        return "diagnosis." + camel() + ".action";
    }

    private String camel() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return sb.toString();
    }
}
