package org.ewcstation.simulator.network;

/** A download that failed; {@code reason} is what the controller prints after "Error: ... :". */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String NOT_FOUND = "No such file or directory";
    public static final String TIMED_OUT = "Timed out";

    private final String reason;

    public FetchException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
