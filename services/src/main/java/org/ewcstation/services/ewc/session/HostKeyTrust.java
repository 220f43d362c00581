package org.ewcstation.services.ewc.session;

import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.ewcstation.services.store.KnownHostKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Host keys backed by the store: a known key must match; a changed one is refused and described (both
 * fingerprints) until the user accepts it with {@link #accept}. An unknown controller's key is either
 * remembered on first use ({@link FirstContact#TRUST}) or refused until the user accepts it, as OpenSSH asks
 * ({@link FirstContact#ASK}).
 */
public final class HostKeyTrust {

    /** What to do with a controller whose key we have never seen. */
    public enum FirstContact {
        /** Remember the offered key and connect: unattended callers (command line, discovery) have nobody to ask. */
        TRUST,
        /** Refuse with {@link HostKeyUnknownException} and store nothing, so someone can compare the fingerprint. */
        ASK
    }

    private static final Logger LOG = LoggerFactory.getLogger(HostKeyTrust.class);

    private final KnownHostKeys known;

    public HostKeyTrust(KnownHostKeys known) {
        this.known = known;
    }

    /** The user accepted the offered key explicitly (a changed key, or a first contact). */
    public void accept(HostKeyChange change) {
        EwcEndpoint e = change.endpoint();
        known.accept(
                e.host(), e.port(), change.offeredKeyType(), change.offeredFingerprint(), change.offeredPublicKey());
        if (change.firstContact()) {
            LOG.info("Host key of {} trusted by the user on first contact: {}", e, change.offeredFingerprint());
        } else {
            LOG.info("Host key of {} replaced by the user: now {}", e, change.offeredFingerprint());
        }
    }

    /**
     * Trusts a key learnt other than over the wire, such as the demo's own simulated controller, whose key
     * this process generated: there is nothing for the user to compare.
     */
    public void trust(EwcEndpoint e, PublicKey key) {
        String fingerprint = KeyUtils.getFingerPrint(key);
        known.accept(e.host(), e.port(), KeyUtils.getKeyType(key), fingerprint, base64(key));
        LOG.info("Host key of {} trusted as our own: {}", e, fingerprint);
    }

    public Optional<KnownHostKeys.Entry> known(EwcEndpoint e) {
        return known.find(e.host(), e.port());
    }

    /** A verifier for one connection; a refusal is recorded in {@code refused}. */
    ServerKeyVerifier verifierFor(
            EwcEndpoint endpoint, FirstContact firstContact, AtomicReference<HostKeyChange> refused) {
        return (ClientSession session, SocketAddress remote, PublicKey key) -> {
            String type = KeyUtils.getKeyType(key);
            String fingerprint = KeyUtils.getFingerPrint(key);
            String data = base64(key);
            Optional<KnownHostKeys.Entry> entry = known.find(endpoint.host(), endpoint.port());
            if (entry.isEmpty()) {
                if (firstContact == FirstContact.ASK) {
                    LOG.info(
                            "First connection to {}: host key {} {} not trusted yet, asking",
                            endpoint,
                            type,
                            fingerprint);
                    refused.set(new HostKeyChange(endpoint, null, null, type, fingerprint, data));
                    return false;
                }
                known.accept(endpoint.host(), endpoint.port(), type, fingerprint, data);
                LOG.info("First connection to {}: trusting host key {} {}", endpoint, type, fingerprint);
                return true;
            }
            KnownHostKeys.Entry k = entry.get();
            if (k.publicKey().equals(data)) {
                return true;
            }
            LOG.warn("Host key of {} changed: known {}, offered {}", endpoint, k.fingerprint(), fingerprint);
            refused.set(new HostKeyChange(endpoint, k.keyType(), k.fingerprint(), type, fingerprint, data));
            return false;
        };
    }

    private static String base64(PublicKey key) {
        String line = PublicKeyEntry.toString(key);
        int sp = line.indexOf(' ');
        return sp < 0 ? line : line.substring(sp + 1).strip();
    }
}
