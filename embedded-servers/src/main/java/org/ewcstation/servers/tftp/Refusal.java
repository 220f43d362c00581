package org.ewcstation.servers.tftp;

import org.ewcstation.servers.event.TransferEvent.RefusalReason;

/**
 * A request we will not serve: the reason for the event, the RFC 1350 error code and the text that
 * goes on the wire (English, as every TFTP peer and packet capture expects).
 */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final RefusalReason reason;
    private final int errorCode;

    Refusal(RefusalReason reason, int errorCode, String wireMessage) {
        super(wireMessage, null, false, false);
        this.reason = reason;
        this.errorCode = errorCode;
    }

    RefusalReason reason() {
        return reason;
    }

    int errorCode() {
        return errorCode;
    }
}
