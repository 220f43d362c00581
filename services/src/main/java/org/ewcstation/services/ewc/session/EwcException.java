package org.ewcstation.services.ewc.session;

import org.ewcstation.i18n.Msg;

/**
 * A typed failure that keeps what was sent and what the controller said. {@code caret} is the 0-based
 * position in {@code command} the controller's {@code ^} marker points at, or -1. Secrets are masked in
 * both texts before they get here.
 */
public class EwcException extends Exception {

    private static final long serialVersionUID = 1L;

    private final EwcError error;
    private final String command;
    private final String controllerText;
    private final int caret;

    public EwcException(EwcError error, String command, String controllerText, int caret, Throwable cause) {
        super(
                error
                        + (command != null ? " [" + command + "]" : "")
                        + (controllerText != null && !controllerText.isBlank() ? ": " + controllerText.strip() : ""),
                cause);
        this.error = error;
        this.command = command;
        this.controllerText = controllerText == null ? "" : controllerText.strip();
        this.caret = caret;
    }

    public EwcException(EwcError error, String command, String controllerText) {
        this(error, command, controllerText, -1, null);
    }

    public EwcError error() {
        return error;
    }

    public String command() {
        return command;
    }

    public String controllerText() {
        return controllerText;
    }

    public int caret() {
        return caret;
    }

    /** The message to show: {0} command, {1} controller's words, {2} caret position (1-based, or empty). */
    public Msg msg() {
        return Msg.of(error.key(), command == null ? "" : command, controllerText, caret < 0 ? "" : caret + 1);
    }
}
