package org.ewcstation.services.ewc.session;

import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;

/**
 * MINA's modern defaults first, then what older IOS-XE releases still offer (diffie-hellman-group14-sha1,
 * group-exchange-sha1, ssh-rsa, CBC ciphers, hmac-sha1), appended last so a modern controller never
 * negotiates them.
 */
final class SshAlgorithms {

    private SshAlgorithms() {}

    static void apply(SshClient client) {
        List<KeyExchangeFactory> kex = new ArrayList<>(ClientBuilder.setUpDefaultKeyExchanges(true));
        for (BuiltinDHFactories dh : List.of(BuiltinDHFactories.dhg14, BuiltinDHFactories.dhgex)) {
            if (dh.isSupported() && kex.stream().noneMatch(k -> k.getName().equals(dh.getName()))) {
                kex.add(ClientBuilder.DH2KEX.apply(dh));
            }
        }
        client.setKeyExchangeFactories(kex);

        List<NamedFactory<Cipher>> ciphers = new ArrayList<>(ClientBuilder.setUpDefaultCiphers(true));
        for (BuiltinCiphers c : List.of(
                BuiltinCiphers.aes128cbc,
                BuiltinCiphers.aes256cbc,
                BuiltinCiphers.aes192cbc,
                BuiltinCiphers.tripledescbc)) {
            addIfMissing(ciphers, c, c.isSupported());
        }
        client.setCipherFactories(ciphers);

        List<NamedFactory<Mac>> macs = new ArrayList<>(ClientBuilder.setUpDefaultMacs(true));
        addIfMissing(macs, BuiltinMacs.hmacsha1, true);
        client.setMacFactories(macs);

        List<NamedFactory<Signature>> sigs = new ArrayList<>(ClientBuilder.setUpDefaultSignatureFactories(true));
        addIfMissing(sigs, BuiltinSignatures.rsa, BuiltinSignatures.rsa.isSupported());
        client.setSignatureFactories(sigs);
    }

    private static <T> void addIfMissing(List<NamedFactory<T>> list, NamedFactory<T> f, boolean supported) {
        if (supported && list.stream().noneMatch(x -> x.getName().equals(f.getName()))) {
            list.add(f);
        }
    }

    static List<String> names(List<? extends NamedResource> l) {
        return l.stream().map(NamedResource::getName).toList();
    }
}
