package org.ewcstation.services.ewc.session;

/** What went wrong talking to a controller; each code has a message key {@code ewc.error.<code>}. */
public enum EwcError {
    /** {@code % Invalid input detected at '^' marker.} (or an unknown command). */
    INVALID_INPUT("invalidInput"),
    /** {@code % Incomplete command.} */
    INCOMPLETE_COMMAND("incompleteCommand"),
    /** {@code % Ambiguous command: "..."} */
    AMBIGUOUS_COMMAND("ambiguousCommand"),
    /** Any other {@code %} line a configuration command answered with. */
    COMMAND_REJECTED("commandRejected"),
    /** The controller did not finish answering in time. */
    TIMEOUT("timeout"),
    /** User name or password refused. */
    AUTH_FAILED("authFailed"),
    /** No TCP connection or no SSH handshake, for a reason none of the codes below names. */
    CONNECT_FAILED("connectFailed"),
    /** The controller's name does not resolve. */
    UNKNOWN_HOST("unknownHost"),
    /** Nothing listens on that port (TCP reset). */
    CONNECTION_REFUSED("connectionRefused"),
    /** No answer to the connection or the handshake in time. */
    CONNECT_TIMEOUT("connectTimeout"),
    /** No route to the address (wrong subnet, interface down, gateway missing). */
    NO_ROUTE("noRoute"),
    /** The login landed at the user prompt ({@code >}) and no enable secret was given. */
    ENABLE_NEEDED("enableNeeded"),
    /** The session ended while we were using it. */
    CONNECTION_LOST("connectionLost"),
    /** The controller's host key is not the one we trusted. */
    HOST_KEY_CHANGED("hostKeyChanged"),
    /** The controller's host key is not known yet, and the connector asks before trusting one. */
    HOST_KEY_UNKNOWN("hostKeyUnknown"),
    /** {@code enable} refused the secret, or none was given. */
    ENABLE_FAILED("enableFailed"),
    /** The controller asked a question ([confirm], [yes/no]) the caller did not allow us to answer. */
    CONFIRMATION_DECLINED("confirmationDeclined"),
    /** Context help says this controller release does not have the command. */
    NOT_SUPPORTED("notSupported"),
    /** The profile read back differs from what was pushed. */
    PROFILE_MISMATCH("profileMismatch"),
    /**
     * The install engine reported a failure ({@code FAILED: ...}, {@code ... Failed on [1/R0]}, {@code ERROR: ...});
     * the controller's failing lines are the exception's controller text.
     */
    INSTALL_FAILED("installFailed"),
    /** Output we could not make sense of. */
    UNEXPECTED_OUTPUT("unexpectedOutput");

    private final String key;

    EwcError(String suffix) {
        this.key = "ewc.error." + suffix;
    }

    public String key() {
        return key;
    }
}
