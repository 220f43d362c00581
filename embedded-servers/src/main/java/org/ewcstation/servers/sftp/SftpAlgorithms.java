package org.ewcstation.servers.sftp;

import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;

/**
 * Which algorithms the server offers. SSH picks the first of the <em>client's</em> list that the server
 * also has, so the server steers only by what it leaves out, not by its order:
 * <ul>
 * <li>No chacha20-poly1305: MINA's is pure Java and runs at about half OpenSSH's speed. Without it an
 * OpenSSH client falls to its next choice (aes128-ctr), a client that prefers AES-GCM gets AES-GCM.</li>
 * <li>AES-CTR stays: IOS-XE 17.x SSH clients offer aes*-ctr with hmac-sha2/hmac-sha1; GCM only in later
 * releases. Dropping CTR would buy OpenSSH clients GCM at the price of locking some controllers out.</li>
 * <li>Key exchange: post-quantum hybrids first when available, then MINA's defaults (curve25519 first); diffie-hellman-group14-sha1 is added at the end of the key exchanges for the same controllers;
 * every modern client picks curve25519 or ML-KEM first.</li>
 * </ul>
 */
final class SftpAlgorithms {

    static final List<BuiltinCiphers> CIPHERS = List.of(
            BuiltinCiphers.aes128gcm,
            BuiltinCiphers.aes256gcm,
            BuiltinCiphers.aes128ctr,
            BuiltinCiphers.aes192ctr,
            BuiltinCiphers.aes256ctr);

    private SftpAlgorithms() {}

    static void apply(SshServer sshd) {
        List<NamedFactory<Cipher>> ciphers = new ArrayList<>();
        for (BuiltinCiphers c : CIPHERS) {
            if (c.isSupported()) {
                ciphers.add(c);
            }
        }
        sshd.setCipherFactories(ciphers);

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
        kex.addAll(
                NamedFactory.setUpTransformedFactories(true, List.of(BuiltinDHFactories.dhg14), ServerBuilder.DH2KEX));
        sshd.setKeyExchangeFactories(kex);
    }
}
