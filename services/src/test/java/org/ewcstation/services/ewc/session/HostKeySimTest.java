package org.ewcstation.services.ewc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust on first use, and a changed key refused until the user accepts it (real SSH, real SQLite store). */
class HostKeySimTest {

  @TempDir
  Path dir;

  @Test
  void aChangedHostKeyIsRefusedWithBothFingerprintsUntilAccepted() throws Exception {
    try (SimFixture fx = new SimFixture(dir.resolve("store"))) {
      int port;
      String firstFingerprint;
      try (SimulatedEwc first = SimulatedEwc.builder().capwapPort(-1).hostKey(dir.resolve("key-a")).start()) {
        port = first.sshPort();
        try (EwcSession s = fx.login(first)) {
          assertThat(s.hostname()).isEqualTo("WLC-EWC");
        }
        firstFingerprint = fx.trust.known(SimFixture.endpoint(first)).orElseThrow().fingerprint();
        try (EwcSession again = fx.login(first)) {
          assertThat(again.isOpen()).isTrue();           // same key: trusted silently
        }
      }
      // the "same controller" comes back on the same address with another key (replaced box, or an attacker)
      try (SimulatedEwc second = SimulatedEwc.builder().capwapPort(-1).sshPort(port).hostKey(dir.resolve("key-b"))
          .start()) {
        HostKeyChangedException e = catchThrowableOfType(HostKeyChangedException.class, () -> fx.login(second));
        HostKeyChange c = e.change();
        assertThat(c.knownFingerprint()).isEqualTo(firstFingerprint);
        assertThat(c.offeredFingerprint()).isNotEqualTo(firstFingerprint).startsWith("SHA256:");
        assertThat(e.msg().args()).contains(c.knownFingerprint(), c.offeredFingerprint());
        // still refused on a second try: nothing was accepted implicitly
        assertThat(catchThrowableOfType(HostKeyChangedException.class, () -> fx.login(second))).isNotNull();
        fx.trust.accept(c);
        try (EwcSession s = fx.login(second)) {
          assertThat(s.isOpen()).isTrue();
        }
        assertThat(fx.trust.known(SimFixture.endpoint(second)).orElseThrow().fingerprint())
            .isEqualTo(c.offeredFingerprint());
      }
    }
  }
}
