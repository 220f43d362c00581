package org.ewcstation.servers.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's host keys, generated on first start and then read back, so the controller sees the same
 * key every time. ECDSA P-256 for modern clients, RSA 3072 for clients that only know {@code ssh-rsa}
 * keys (older IOS-XE releases sign-check RSA host keys only).
 */
final class HostKeys {

    private static final Logger LOG = LoggerFactory.getLogger(HostKeys.class);

    static final String ECDSA_FILE = "sftp_host_ecdsa_key";
    static final String RSA_FILE = "sftp_host_rsa_key";

    private final List<KeyPair> keys;

    private HostKeys(List<KeyPair> keys) {
        this.keys = List.copyOf(keys);
    }

    static HostKeys loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        List<KeyPair> all = new ArrayList<>();
        all.add(load(dir.resolve(ECDSA_FILE), KeyUtils.EC_ALGORITHM, 256));
        all.add(load(dir.resolve(RSA_FILE), KeyUtils.RSA_ALGORITHM, 3072));
        return new HostKeys(all);
    }

    KeyPairProvider provider() {
        return KeyPairProvider.wrap(keys);
    }

    List<HostKeyFingerprint> fingerprints() {
        return keys.stream()
                .map(k -> new HostKeyFingerprint(
                        KeyUtils.getKeyType(k.getPublic()), KeyUtils.getFingerPrint(k.getPublic())))
                .toList();
    }

    private static KeyPair load(Path file, String algorithm, int size) throws IOException, GeneralSecurityException {
        boolean existed = Files.exists(file);
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file) {
            @Override
            protected KeyPair generateKeyPair(String keyAlgorithm) throws GeneralSecurityException {
                // MINA generates a throw-away key when the file cannot be parsed; a different key at every start
                // would make the controller refuse us, so an unreadable file must stop the start instead
                if (existed) {
                    throw new GeneralSecurityException("cannot read the host key in " + file);
                }
                return super.generateKeyPair(keyAlgorithm);
            }
        };
        provider.setAlgorithm(algorithm);
        provider.setKeySize(size);
        // a key that cannot be read must stop the start, not be silently replaced: the controller would then refuse us
        provider.setOverwriteAllowed(false);
        List<KeyPair> loaded = new ArrayList<>();
        provider.loadKeys(null).forEach(loaded::add);
        if (loaded.isEmpty()) {
            throw new GeneralSecurityException("no key in " + file);
        }
        if (!existed) {
            restrictToOwner(file);
            LOG.info(
                    "Generated SFTP host key {} ({})",
                    file,
                    KeyUtils.getFingerPrint(loaded.get(0).getPublic()));
        }
        return loaded.get(0);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
