package org.ewcstation.services.store;

/** A store failure, carrying a message key rather than a sentence. */
public final class StoreException extends RuntimeException {

    private final String code;

    public StoreException(String code, Throwable cause) {
        super(code + ": " + cause.getMessage(), cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
