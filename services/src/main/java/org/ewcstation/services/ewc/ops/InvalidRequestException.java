package org.ewcstation.services.ewc.ops;

import org.ewcstation.i18n.Msg;

/** A value we refuse to type on the controller (a space or line break would change the command). */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Msg msg;

    public InvalidRequestException(String field, String value) {
        super("invalid " + field);
        this.msg = Msg.of("ewc.profile.invalidField", field, value == null ? "" : value);
    }

    /** A request the controller cannot take as such, with what to do instead. */
    public InvalidRequestException(Msg msg) {
        super(msg.key());
        this.msg = msg;
    }

    public Msg msg() {
        return msg;
    }
}
