package org.ewcstation.services.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The operating system's credential store through java-keyring. Each data folder keeps its own entries: the
 * account name carries the folder, so a second installation or a test never reads another one's password.
 */
final class OsSecretStore implements SecretStore {

    static final String SERVICE = "EWC Station";

    private final Keyring keyring;
    private final String folder;

    private OsSecretStore(Keyring keyring, Path dataDir) {
        this.keyring = keyring;
        this.folder = dataDir.toAbsolutePath().normalize().toString();
    }

    /**
     * The store, when the OS has one that answers (a Linux box without a Secret Service daemon has none). Only this
     * OS's own backend is tried: java-keyring's automatic choice also loads the other systems' native backends, and
     * on Linux that attempt left the JavaFX toolkit unable to start afterwards in the same process.
     */
    static Optional<SecretStore> open(Path dataDir) {
        Optional<KeyringStorageType> type = backendFor(
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT), System.getenv("DBUS_SESSION_BUS_ADDRESS"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            Keyring k = Keyring.create(type.get());
            OsSecretStore store = new OsSecretStore(k, dataDir);
            store.get("probe"); // a backend that exists but cannot be reached fails here, not at the first real use
            return Optional.of(store);
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Windows Credential Manager, macOS Keychain, or on Linux the Secret Service of a desktop session's D-Bus. */
    static Optional<KeyringStorageType> backendFor(String os, String sessionBus) {
        if (os.startsWith("windows")) {
            return Optional.of(KeyringStorageType.WINDOWS_CREDENTIAL_STORE);
        }
        if (os.startsWith("mac")) {
            return Optional.of(KeyringStorageType.OSX_KEYCHAIN);
        }
        boolean desktop = sessionBus != null && !sessionBus.isBlank();
        return desktop ? Optional.of(KeyringStorageType.GNOME_KEYRING) : Optional.empty();
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(name)));
        } catch (PasswordAccessException e) {
            return Optional.empty(); // "no such entry" is reported this way by every backend
        }
    }

    @Override
    public void put(String name, String secret) {
        try {
            keyring.setPassword(SERVICE, account(name), secret);
        } catch (PasswordAccessException e) {
            throw new IllegalStateException("the credential store refused to keep " + name, e);
        }
    }

    @Override
    public void remove(String name) {
        try {
            keyring.deletePassword(SERVICE, account(name));
        } catch (PasswordAccessException e) {
            // nothing kept under that name
        }
    }

    @Override
    public Kind kind() {
        return Kind.OS_STORE;
    }

    @Override
    public String where() {
        return keyring.getKeyringStorageType().name();
    }

    private String account(String name) {
        return name + "@" + folder;
    }
}
