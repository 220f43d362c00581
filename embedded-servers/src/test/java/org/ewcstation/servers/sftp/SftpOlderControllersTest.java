package org.ewcstation.servers.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.ewcstation.servers.event.TransferEvent;
import org.ewcstation.servers.event.TransferEvent.RefusalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real MINA client that signs host keys the way older controllers do: refused with a clear hint while
 * compatibility with older controllers is off (the default), served once it is on; SHA-2 clients always work.
 */
class SftpOlderControllersTest {

    @TempDir
    static Path hostKeys;

    @TempDir
    Path scratch;

    @Test
    void aClientThatKnowsOnlySshRsaIsRefusedByDefaultWithAHint() throws Exception {
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, null)) {
            fx.client.setSignatureFactories(List.of(BuiltinSignatures.rsa));
            assertThatThrownBy(fx::login).isInstanceOf(Exception.class);
            await().untilAsserted(() -> assertThat(fx.eventsOf(TransferEvent.Refused.class))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.reason()).isEqualTo(RefusalReason.OLDER_CLIENT);
                        assertThat(r.detail()).contains("ssh-rsa");
                        assertThat(r.peer().getAddress().isLoopbackAddress()).isTrue();
                    }));
        }
    }

    @Test
    void sha2RsaSignaturesWorkByDefault() throws Exception {
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, null)) {
            fx.client.setSignatureFactories(List.of(BuiltinSignatures.rsaSHA256));
            try (ClientSession s = fx.login()) {
                assertThat(s.getNegotiatedKexParameter(KexProposalOption.SERVERKEYS))
                        .isEqualTo("rsa-sha2-256");
            }
            assertThat(fx.eventsOf(TransferEvent.Refused.class)).isEmpty();
        }
    }

    @Test
    void withCompatibilityOnAnSshRsaOnlyClientLogsIn() throws Exception {
        SftpSettings older =
                SftpTestServer.settings(scratch.resolve("repo"), hostKeys).withOlderControllers(true);
        try (SftpTestServer fx = new SftpTestServer(scratch, hostKeys, older)) {
            fx.client.setSignatureFactories(List.of(BuiltinSignatures.rsa));
            try (ClientSession s = fx.login()) {
                assertThat(s.getNegotiatedKexParameter(KexProposalOption.SERVERKEYS))
                        .isEqualTo("ssh-rsa");
                assertThat(s.isAuthenticated()).isTrue();
            }
        }
    }
}
