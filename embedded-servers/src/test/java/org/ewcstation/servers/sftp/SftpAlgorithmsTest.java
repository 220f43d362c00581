package org.ewcstation.servers.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.Test;

/** What we offer: fast AES first, no slow pure-Java ChaCha20, and what 17.x-era IOS-XE clients need. */
class SftpAlgorithmsTest {

    @Test
    void offersAesGcmThenCtrAndKeepsLegacyKexAtTheEnd() {
        SshServer sshd = SshServer.setUpDefaultServer();
        SftpAlgorithms.apply(sshd);
        List<String> ciphers = NamedResource.getNameList(sshd.getCipherFactories());
        List<String> kex = NamedResource.getNameList(sshd.getKeyExchangeFactories());
        List<String> macs = NamedResource.getNameList(sshd.getMacFactories());
        assertThat(ciphers)
                .containsExactly(
                        "aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "aes128-ctr", "aes192-ctr", "aes256-ctr");
        assertThat(kex)
                .contains("curve25519-sha256", "ecdh-sha2-nistp256", "diffie-hellman-group14-sha256")
                .endsWith("diffie-hellman-group14-sha1")
                .doesNotHaveDuplicates();
        assertThat(kex.indexOf("curve25519-sha256")).isLessThan(kex.indexOf("ecdh-sha2-nistp256"));
        assertThat(macs).contains("hmac-sha2-256-etm@openssh.com", "hmac-sha2-256", "hmac-sha1");
    }
}
