package org.ewcstation.services.ewc.model;

/**
 * Known reasons an install operation fails, read from the controller's words; each has a message key
 * {@code ewc.install.failure.<code>} (the diagnosis and its advice live with the caller).
 */
public enum InstallFailure {
    /** "System configuration has been modified ... save configuration": {@code write memory}, then again. */
    UNSAVED_CONFIG("unsavedConfig"),
    /** "No such file or directory": the server's path is wrong. Arg: the URL or file, when printed. */
    NO_SUCH_FILE("noSuchFile"),
    /** "Timed out": the server is unreachable or its port is blocked. Arg: the URL, when printed. */
    TIMED_OUT("timedOut"),
    /** Another install operation (or ISSU) is in progress. */
    OPERATION_IN_PROGRESS("operationInProgress"),
    /** Not enough space in the controller's flash. */
    INSUFFICIENT_SPACE("insufficientSpace"),
    /** Nothing to commit, abort or activate (no uncommitted operation). */
    NOTHING_PENDING("nothingPending");

    private final String code;

    InstallFailure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String key() {
        return "ewc.install.failure." + code;
    }
}
