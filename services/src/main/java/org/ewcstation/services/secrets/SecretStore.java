package org.ewcstation.services.secrets;

import java.util.Optional;

/**
 * Where passwords the technician asked us to keep live: the operating system's credential store when there is one
 * (Windows Credential Manager, macOS Keychain, Secret Service), else a file only this user can read. Never SQLite,
 * never a log.
 */
public interface SecretStore {

    /** Which kind of store keeps the secrets, for the settings to say. */
    enum Kind {
        /** The operating system's credential store. */
        OS_STORE,
        /** A file in the data folder readable only by this user (POSIX mode 600). */
        USER_FILE;

        /** The settings' sentence for this kind: {0} is {@link SecretStore#where()}. */
        public String key() {
            return this == OS_STORE ? "settings.secrets.osStore" : "settings.secrets.userFile";
        }
    }

    Optional<String> get(String name);

    void put(String name, String secret);

    void remove(String name);

    Kind kind();

    /** The store's name or file, as the settings show it. */
    String where();
}
