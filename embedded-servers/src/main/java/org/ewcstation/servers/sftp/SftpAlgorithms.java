package org.ewcstation.servers.sftp;

import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.compression.BuiltinCompressions;
import org.apache.sshd.common.compression.Compression;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;

/**
 * Which algorithms the server offers (ADR 0006). SSH picks the first of the <em>client's</em> list that the
 * server also has, so the server steers only by what it leaves out, not by its order:
 * <ul>
 * <li>No chacha20-poly1305: MINA's is pure Java and runs at about half OpenSSH's speed. Without it an
 * OpenSSH client falls to its next choice (aes128-ctr), a client that prefers AES-GCM gets AES-GCM.</li>
 * <li>AES-CTR stays: IOS-XE 17.x SSH clients offer aes*-ctr with hmac-sha2; GCM only in later releases.</li>
 * <li>Host-key signatures: ECDSA P-256 and RSA with SHA-2 (rsa-sha2-512/256, RFC 8332). {@code ssh-rsa}
 * (SHA-1) only while compatibility with older controllers is on, with the other SHA-1 algorithms those
 * controllers may need (diffie-hellman-group14-sha1, hmac-sha1).</li>
 * <li>Key exchange: post-quantum hybrids first when available, then MINA's defaults (curve25519 first).</li>
 * <li>Compression: none, or zlib only after login ({@code zlib@openssh.com}, as OpenSSH), never before.</li>
 * </ul>
 */
final class SftpAlgorithms {

    static final List<BuiltinCiphers> CIPHERS = List.of(
            BuiltinCiphers.aes128gcm,
            BuiltinCiphers.aes256gcm,
            BuiltinCiphers.aes128ctr,
            BuiltinCiphers.aes192ctr,
            BuiltinCiphers.aes256ctr);

    /** Host-key signatures, strongest first; ed25519 is skipped while no EdDSA provider is installed. */
    static final List<BuiltinSignatures> SIGNATURES = List.of(
            BuiltinSignatures.ed25519,
            BuiltinSignatures.nistp256,
            BuiltinSignatures.nistp384,
            BuiltinSignatures.nistp521,
            BuiltinSignatures.rsaSHA512,
            BuiltinSignatures.rsaSHA256);

    static final List<BuiltinMacs> MACS = List.of(
            BuiltinMacs.hmacsha256etm, BuiltinMacs.hmacsha512etm, BuiltinMacs.hmacsha256, BuiltinMacs.hmacsha512);

    /** What compatibility with older controllers adds: the SHA-1 algorithms of IOS-XE releases before 17.x. */
    static final List<String> OLDER_CONTROLLERS_ONLY = List.of(
            BuiltinSignatures.rsa.getName(),
            BuiltinDHFactories.dhg14.getName(),
            BuiltinMacs.hmacsha1etm.getName(),
            BuiltinMacs.hmacsha1.getName());

    private SftpAlgorithms() {}

    static void apply(SshServer sshd, boolean olderControllers) {
        List<NamedFactory<Cipher>> ciphers = new ArrayList<>();
        for (BuiltinCiphers c : CIPHERS) {
            if (c.isSupported()) {
                ciphers.add(c);
            }
        }
        sshd.setCipherFactories(ciphers);
        sshd.setKeyExchangeFactories(keyExchanges(sshd, olderControllers));

        List<NamedFactory<Signature>> signatures = new ArrayList<>();
        for (BuiltinSignatures s : SIGNATURES) {
            if (s.isSupported()) {
                signatures.add(s);
            }
        }
        List<NamedFactory<Mac>> macs = new ArrayList<>(MACS);
        if (olderControllers) {
            signatures.add(BuiltinSignatures.rsa);
            macs.add(BuiltinMacs.hmacsha1etm);
            macs.add(BuiltinMacs.hmacsha1);
        }
        sshd.setSignatureFactories(signatures);
        sshd.setMacFactories(macs);
        List<NamedFactory<Compression>> compressions =
                List.of(BuiltinCompressions.none, BuiltinCompressions.delayedZlib);
        sshd.setCompressionFactories(compressions);
    }

    /** The names {@link #apply} offers for one kind of algorithm, for the tests and the negotiation hint. */
    static List<String> names(List<? extends NamedResource> factories) {
        return NamedResource.getNameList(factories);
    }

    private static List<KeyExchangeFactory> keyExchanges(SshServer sshd, boolean olderControllers) {
        // post-quantum hybrids first when MINA can offer them (it needs Bouncy Castle for these, which we do not
        // ship today, so this adds nothing yet), then MINA's defaults
        List<KeyExchangeFactory> kex = new ArrayList<>(NamedFactory.setUpTransformedFactories(
                true,
                List.of(
                        BuiltinDHFactories.mlkem768x25519,
                        BuiltinDHFactories.sntrup761x25519,
                        BuiltinDHFactories.sntrup761x25519_openssh),
                ServerBuilder.DH2KEX));
        List<String> names = kex.stream().map(KeyExchangeFactory::getName).toList();
        sshd.getKeyExchangeFactories().stream()
                .filter(k -> !names.contains(k.getName()))
                .forEach(kex::add);
        if (olderControllers) {
            kex.addAll(NamedFactory.setUpTransformedFactories(
                    true, List.of(BuiltinDHFactories.dhg14), ServerBuilder.DH2KEX));
        }
        return kex;
    }
}
