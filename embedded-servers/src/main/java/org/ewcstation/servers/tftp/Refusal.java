package org.ewcstation.servers.tftp;

import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.ewcstation.servers.path.RequestPathRule;

/**
 * A request we will not serve: the reason for the event, the RFC 1350 error code and the text that
 * goes on the wire (English, as every TFTP peer and packet capture expects).
 */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final RefusalReason reason;
    private final int errorCode;
    private final transient RequestPathRule rule;

    Refusal(RefusalReason reason, int errorCode, String wireMessage) {
        this(reason, errorCode, wireMessage, null);
    }

    Refusal(RefusalReason reason, int errorCode, String wireMessage, RequestPathRule rule) {
        super(wireMessage, null, false, false);
        this.reason = reason;
        this.errorCode = errorCode;
        this.rule = rule;
    }

    /** The path rule the request broke, or null when the refusal is not about the name. */
    RequestPathRule rule() {
        return rule;
    }

    /** For the event: the wire text and, when a path rule decided, its code. */
    String detail() {
        return rule == null ? getMessage() : getMessage() + " (" + rule.name() + ")";
    }

    RefusalReason reason() {
        return reason;
    }

    int errorCode() {
        return errorCode;
    }
}
