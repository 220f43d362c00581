package org.ewcstation.servers.tftp;

import org.ewcstation.servers.event.TransferEvent.FailureReason;

/** Why a started transfer stops early, and whether the peer should still get an ERROR packet. */
final class TransferFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureReason reason;
    private final boolean tellPeer;

    TransferFailure(FailureReason reason, String detail, boolean tellPeer) {
        super(detail, null, false, false);
        this.reason = reason;
        this.tellPeer = tellPeer;
    }

    FailureReason reason() {
        return reason;
    }

    boolean tellPeer() {
        return tellPeer;
    }
}
