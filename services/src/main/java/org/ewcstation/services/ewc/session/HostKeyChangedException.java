package org.ewcstation.services.ewc.session;

import org.ewcstation.i18n.Msg;

/** The connection was refused because the host key changed; the user may accept {@link #change()} explicitly. */
public final class HostKeyChangedException extends EwcException {

    private static final long serialVersionUID = 1L;

    private final transient HostKeyChange change;

    public HostKeyChangedException(HostKeyChange change) {
        super(
                EwcError.HOST_KEY_CHANGED,
                null,
                "known " + change.knownFingerprint() + ", offered " + change.offeredFingerprint());
        this.change = change;
    }

    public HostKeyChange change() {
        return change;
    }

    /** {0} host:port, {1} known fingerprint, {2} offered fingerprint. */
    @Override
    public Msg msg() {
        return Msg.of(
                EwcError.HOST_KEY_CHANGED.key(),
                change.endpoint().toString(),
                change.knownFingerprint(),
                change.offeredFingerprint());
    }
}
