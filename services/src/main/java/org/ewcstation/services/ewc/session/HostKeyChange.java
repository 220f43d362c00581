package org.ewcstation.services.ewc.session;

/** A controller offered a key other than the one we trusted: both fingerprints, and the offered key to accept. */
public record HostKeyChange(EwcEndpoint endpoint, String knownKeyType, String knownFingerprint, String offeredKeyType,
    String offeredFingerprint, String offeredPublicKey) {}
