package org.ewcstation.servers.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.Test;

/**
 * What we offer: fast AES first, no slow pure-Java ChaCha20, SHA-2 host-key signatures; the SHA-1 algorithms of
 * older controllers only while compatibility with them is on.
 */
class SftpAlgorithmsTest {

    @Test
    void byDefaultOffersAesGcmThenCtrAndNoSha1() {
        SshServer sshd = SshServer.setUpDefaultServer();
        SftpAlgorithms.apply(sshd, false);
        List<String> ciphers = NamedResource.getNameList(sshd.getCipherFactories());
        List<String> kex = NamedResource.getNameList(sshd.getKeyExchangeFactories());
        List<String> macs = NamedResource.getNameList(sshd.getMacFactories());
        List<String> signatures = NamedResource.getNameList(sshd.getSignatureFactories());
        assertThat(ciphers)
                .containsExactly(
                        "aes128-gcm@openssh.com", "aes256-gcm@openssh.com", "aes128-ctr", "aes192-ctr", "aes256-ctr");
        assertThat(kex)
                .contains("curve25519-sha256", "ecdh-sha2-nistp256", "diffie-hellman-group14-sha256")
                .doesNotContain("diffie-hellman-group14-sha1", "diffie-hellman-group1-sha1")
                .doesNotHaveDuplicates();
        assertThat(kex.indexOf("curve25519-sha256")).isLessThan(kex.indexOf("ecdh-sha2-nistp256"));
        assertThat(macs)
                .containsExactly(
                        "hmac-sha2-256-etm@openssh.com",
                        "hmac-sha2-512-etm@openssh.com",
                        "hmac-sha2-256",
                        "hmac-sha2-512");
        assertThat(signatures)
                .contains("ecdsa-sha2-nistp256", "rsa-sha2-512", "rsa-sha2-256")
                .doesNotContain("ssh-rsa", "ssh-dss");
        assertThat(signatures.indexOf("rsa-sha2-512")).isLessThan(signatures.indexOf("rsa-sha2-256"));
        assertThat(NamedResource.getNameList(sshd.getCompressionFactories()))
                .containsExactly("none", "zlib@openssh.com");
    }

    @Test
    void compatibilityWithOlderControllersAddsTheirSha1AlgorithmsLast() {
        SshServer sshd = SshServer.setUpDefaultServer();
        SftpAlgorithms.apply(sshd, true);
        assertThat(NamedResource.getNameList(sshd.getSignatureFactories())).endsWith("ssh-rsa");
        assertThat(NamedResource.getNameList(sshd.getKeyExchangeFactories()))
                .endsWith("diffie-hellman-group14-sha1")
                .doesNotHaveDuplicates();
        assertThat(NamedResource.getNameList(sshd.getMacFactories()))
                .endsWith("hmac-sha1-etm@openssh.com", "hmac-sha1");
        assertThat(SftpAlgorithms.OLDER_CONTROLLERS_ONLY)
                .containsExactlyInAnyOrder(
                        "ssh-rsa", "diffie-hellman-group14-sha1", "hmac-sha1-etm@openssh.com", "hmac-sha1");
    }
}
