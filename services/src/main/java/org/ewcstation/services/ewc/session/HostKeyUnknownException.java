package org.ewcstation.services.ewc.session;

import org.ewcstation.i18n.Msg;

/**
 * The connection was refused at the key exchange because this controller's host key is not known yet and the
 * connector asks first (see {@link EwcConnector#askingOnFirstContact()}); nothing was stored and no password
 * was sent. The user may trust {@link #change()} explicitly, as with a changed key.
 */
public final class HostKeyUnknownException extends EwcException {

    private static final long serialVersionUID = 1L;

    private final transient HostKeyChange change;

    public HostKeyUnknownException(HostKeyChange change) {
        super(EwcError.HOST_KEY_UNKNOWN, null, "offered " + change.offeredFingerprint());
        this.change = change;
    }

    public HostKeyChange change() {
        return change;
    }

    /** {0} host:port, {1} offered fingerprint. */
    @Override
    public Msg msg() {
        return Msg.of(EwcError.HOST_KEY_UNKNOWN.key(), change.endpoint().toString(), change.offeredFingerprint());
    }
}
