package org.ewcstation.services.ewc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.ewcstation.simulator.SimulatedEwc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust on first use, a changed key refused until the user accepts it, and a connector that asks before
 * trusting an unknown key (real SSH, real SQLite store).
 */
class HostKeySimTest {

    @TempDir
    Path dir;

    @Test
    void anAskingConnectorRefusesAnUnknownKeyStoresNothingAndConnectsOnceAccepted() throws Exception {
        try (SimFixture fx = new SimFixture(dir.resolve("store"));
                SimulatedEwc ewc = SimFixture.sim().start()) {
            EwcEndpoint endpoint = SimFixture.endpoint(ewc);
            EwcConnector asking = fx.connector.askingOnFirstContact();
            EwcCredentials creds = new EwcCredentials(SimFixture.USER, SimFixture.PASSWORD, SimFixture.PASSWORD);
            HostKeyUnknownException e = catchThrowableOfType(
                    HostKeyUnknownException.class, () -> asking.connect(endpoint, creds, fx.recorder()));
            HostKeyChange c = e.change();
            assertThat(c.firstContact()).isTrue();
            assertThat(c.knownFingerprint()).isNull();
            assertThat(c.offeredFingerprint()).startsWith("SHA256:");
            assertThat(e.error()).isEqualTo(EwcError.HOST_KEY_UNKNOWN);
            assertThat(e.msg().args()).containsExactly(endpoint.toString(), c.offeredFingerprint());
            assertThat(fx.trust.known(endpoint)).isEmpty();
            assertThat(fx.transcript).isEmpty(); // refused at the key exchange: no login, no shell
            assertThat(catchThrowableOfType(
                            HostKeyUnknownException.class, () -> asking.connect(endpoint, creds, fx.recorder())))
                    .isNotNull(); // still nothing trusted

            fx.trust.accept(c);
            try (EwcSession s = asking.connect(endpoint, creds, fx.recorder())) {
                assertThat(s.hostname()).isEqualTo("WLC-EWC");
            }
            assertThat(fx.trust.known(endpoint).orElseThrow().fingerprint()).isEqualTo(c.offeredFingerprint());
        }
    }

    @Test
    void theSimulatorsOwnKeyCanBeTrustedWithoutAsking() throws Exception {
        try (SimFixture fx = new SimFixture(dir.resolve("store"));
                SimulatedEwc ewc = SimFixture.sim().start()) {
            fx.trust.trust(SimFixture.endpoint(ewc), ewc.hostKey());
            EwcCredentials creds = new EwcCredentials(SimFixture.USER, SimFixture.PASSWORD, SimFixture.PASSWORD);
            try (EwcSession s =
                    fx.connector.askingOnFirstContact().connect(SimFixture.endpoint(ewc), creds, fx.recorder())) {
                assertThat(s.isOpen()).isTrue();
            }
        }
    }

    @Test
    void aChangedHostKeyIsRefusedWithBothFingerprintsUntilAccepted() throws Exception {
        try (SimFixture fx = new SimFixture(dir.resolve("store"))) {
            int port;
            String firstFingerprint;
            try (SimulatedEwc first = SimulatedEwc.builder()
                    .capwapPort(-1)
                    .hostKey(dir.resolve("key-a"))
                    .start()) {
                port = first.sshPort();
                try (EwcSession s = fx.login(first)) {
                    assertThat(s.hostname()).isEqualTo("WLC-EWC");
                }
                firstFingerprint =
                        fx.trust.known(SimFixture.endpoint(first)).orElseThrow().fingerprint();
                try (EwcSession again = fx.login(first)) {
                    assertThat(again.isOpen()).isTrue(); // same key: trusted silently
                }
            }
            // the "same controller" comes back on the same address with another key (replaced box, or an attacker)
            try (SimulatedEwc second = SimulatedEwc.builder()
                    .capwapPort(-1)
                    .sshPort(port)
                    .hostKey(dir.resolve("key-b"))
                    .start()) {
                HostKeyChangedException e = catchThrowableOfType(HostKeyChangedException.class, () -> fx.login(second));
                HostKeyChange c = e.change();
                assertThat(c.knownFingerprint()).isEqualTo(firstFingerprint);
                assertThat(c.offeredFingerprint())
                        .isNotEqualTo(firstFingerprint)
                        .startsWith("SHA256:");
                assertThat(e.msg().args()).contains(c.knownFingerprint(), c.offeredFingerprint());
                // still refused on a second try: nothing was accepted implicitly
                assertThat(catchThrowableOfType(HostKeyChangedException.class, () -> fx.login(second)))
                        .isNotNull();
                fx.trust.accept(c);
                try (EwcSession s = fx.login(second)) {
                    assertThat(s.isOpen()).isTrue();
                }
                assertThat(fx.trust
                                .known(SimFixture.endpoint(second))
                                .orElseThrow()
                                .fingerprint())
                        .isEqualTo(c.offeredFingerprint());
            }
        }
    }
}
