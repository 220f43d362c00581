package org.ewcstation.services.ewc.session;

/**
 * A controller offered a key we have not trusted: the offered key to accept, and the one we trusted before
 * ({@code knownKeyType} and {@code knownFingerprint} are null when we never saw this controller).
 */
public record HostKeyChange(
        EwcEndpoint endpoint,
        String knownKeyType,
        String knownFingerprint,
        String offeredKeyType,
        String offeredFingerprint,
        String offeredPublicKey) {

    /** No key was known for this controller: a first contact, not a replaced key. */
    public boolean firstContact() {
        return knownFingerprint == null;
    }
}
