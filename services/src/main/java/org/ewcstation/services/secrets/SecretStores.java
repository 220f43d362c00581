package org.ewcstation.services.secrets;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks where secrets are kept: the OS credential store when it answers, else the user-only file. */
public final class SecretStores {

    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);
    /** {@code file} forces the user-only file (for a machine whose credential store should not be touched). */
    public static final String ENV = "EWC_STATION_SECRETS";

    private SecretStores() {}

    public static SecretStore open(Path dataDir) {
        boolean fileOnly = "file".equalsIgnoreCase(System.getenv(ENV));
        SecretStore store = fileOnly
                ? new FileSecretStore(dataDir)
                : OsSecretStore.open(dataDir).orElseGet(() -> new FileSecretStore(dataDir));
        LOG.info("Secrets are kept in {} ({})", store.kind(), store.where());
        return store;
    }
}
