package org.ewcstation.services.ewc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.ewcstation.services.ewc.testing.SimFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Old IOS-XE releases offer only diffie-hellman-group14-sha1, ssh-rsa, CBC ciphers and hmac-sha1. A real
 * MINA SSH server restricted to exactly those must still get as far as checking our password (the shell
 * itself is the simulator's business); and modern algorithms stay first in our offer.
 */
class LegacyAlgorithmsTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenHandshakeIsNotReportedAsAWrongPassword() throws Exception {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("ec-key")));
        server.setSignatureFactories(List.of(BuiltinSignatures.rsa)); // no signature fits its EC key: KEX fails
        server.setPasswordAuthenticator((u, p, s) -> true);
        server.start();
        try (SimFixture fx = new SimFixture(dir.resolve("store2"))) {
            EwcException e = catchThrowableOfType(
                    EwcException.class,
                    () -> fx.connector.connect(
                            new EwcEndpoint("127.0.0.1", server.getPort()),
                            new EwcCredentials("admin", "pw"),
                            TranscriptListener.NONE));
            assertThat(e.error()).isIn(EwcError.CONNECT_FAILED, EwcError.CONNECTION_LOST);
        } finally {
            server.stop(true);
        }
    }

    @Test
    void modernAlgorithmsAreOfferedFirstAndLegacyOnesLast() {
        SshClient c = SshClient.setUpDefaultClient();
        SshAlgorithms.apply(c);
        List<String> kex =
                c.getKeyExchangeFactories().stream().map(NamedResource::getName).toList();
        assertThat(kex.getFirst()).doesNotContain("sha1");
        assertThat(kex).contains("diffie-hellman-group14-sha1");
        assertThat(kex.indexOf("diffie-hellman-group14-sha1")).isGreaterThan(kex.indexOf("curve25519-sha256"));
        List<String> ciphers =
                c.getCipherFactories().stream().map(NamedResource::getName).toList();
        assertThat(ciphers.getFirst()).doesNotContain("cbc");
        assertThat(ciphers).contains("aes128-cbc", "aes256-cbc");
        assertThat(c.getSignatureFactories().stream()
                        .map(NamedResource::getName)
                        .toList())
                .contains("ssh-rsa");
        assertThat(c.getMacFactories().stream().map(NamedResource::getName).toList())
                .contains("hmac-sha1");
    }

    @Test
    void aControllerOfferingOnlyLegacyAlgorithmsIsReachedAndAWrongPasswordSaysSo() throws Exception {
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(dir.resolve("rsa-key"));
        keys.setAlgorithm("RSA");
        server.setKeyPairProvider(keys);
        server.setKeyExchangeFactories(List.of(ServerBuilder.DH2KEX.apply(BuiltinDHFactories.dhg14)));
        server.setCipherFactories(List.of(BuiltinCiphers.aes128cbc));
        server.setMacFactories(List.of(BuiltinMacs.hmacsha1));
        server.setSignatureFactories(List.of(BuiltinSignatures.rsa));
        server.setPasswordAuthenticator((u, p, s) -> false);
        List<String> negotiated = new CopyOnWriteArrayList<>();
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionNegotiationEnd(
                    Session s,
                    Map<KexProposalOption, String> c2s,
                    Map<KexProposalOption, String> s2c,
                    Map<KexProposalOption, String> negotiatedOptions,
                    Throwable reason) {
                negotiated.add(negotiatedOptions.get(KexProposalOption.ALGORITHMS) + " "
                        + negotiatedOptions.get(KexProposalOption.C2SENC) + " "
                        + negotiatedOptions.get(KexProposalOption.SERVERKEYS));
            }
        });
        server.start();
        try (SimFixture fx = new SimFixture(dir.resolve("store"))) {
            EwcException e = catchThrowableOfType(
                    EwcException.class,
                    () -> fx.connector.connect(
                            new EwcEndpoint("127.0.0.1", server.getPort()),
                            new EwcCredentials("admin", "wrong"),
                            TranscriptListener.NONE));
            assertThat(e.error()).isEqualTo(EwcError.AUTH_FAILED);
            assertThat(negotiated).singleElement().isEqualTo("diffie-hellman-group14-sha1 aes128-cbc ssh-rsa");
        } finally {
            server.stop(true);
        }
    }
}
