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
 * Trust on first use, backed by the store: an unknown controller's key is remembered; a known one must match;
 * a changed one is refused and described (both fingerprints) until the user accepts it with {@link #accept}.
 */
public final class HostKeyTrust {

  private static final Logger LOG = LoggerFactory.getLogger(HostKeyTrust.class);

  private final KnownHostKeys known;

  public HostKeyTrust(KnownHostKeys known) {
    this.known = known;
  }

  /** The user accepted the new key explicitly. */
  public void accept(HostKeyChange change) {
    EwcEndpoint e = change.endpoint();
    known.accept(e.host(), e.port(), change.offeredKeyType(), change.offeredFingerprint(), change.offeredPublicKey());
    LOG.info("Host key of {} replaced by the user: now {}", e, change.offeredFingerprint());
  }

  public Optional<KnownHostKeys.Entry> known(EwcEndpoint e) {
    return known.find(e.host(), e.port());
  }

  /** A verifier for one connection; a refusal is recorded in {@code changed}. */
  ServerKeyVerifier verifierFor(EwcEndpoint endpoint, AtomicReference<HostKeyChange> changed) {
    return (ClientSession session, SocketAddress remote, PublicKey key) -> {
      String type = KeyUtils.getKeyType(key);
      String fingerprint = KeyUtils.getFingerPrint(key);
      String data = base64(key);
      Optional<KnownHostKeys.Entry> entry = known.find(endpoint.host(), endpoint.port());
      if (entry.isEmpty()) {
        known.accept(endpoint.host(), endpoint.port(), type, fingerprint, data);
        LOG.info("First connection to {}: trusting host key {} {}", endpoint, type, fingerprint);
        return true;
      }
      KnownHostKeys.Entry k = entry.get();
      if (k.publicKey().equals(data)) {
        return true;
      }
      LOG.warn("Host key of {} changed: known {}, offered {}", endpoint, k.fingerprint(), fingerprint);
      changed.set(new HostKeyChange(endpoint, k.keyType(), k.fingerprint(), type, fingerprint, data));
      return false;
    };
  }

  private static String base64(PublicKey key) {
    String line = PublicKeyEntry.toString(key);
    int sp = line.indexOf(' ');
    return sp < 0 ? line : line.substring(sp + 1).strip();
  }
}
