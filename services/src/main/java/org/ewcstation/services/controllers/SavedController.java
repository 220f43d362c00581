package org.ewcstation.services.controllers;

/**
 * A controller the technician added: where it is, who logs in, a label of their own, and whether its password
 * (and enable secret) are kept in the secret store.
 */
public record SavedController(String host, int port, String user, String label, boolean rememberPassword) {

    public SavedController {
        host = host.strip();
        user = user == null ? "" : user.strip();
        label = label == null ? "" : label.strip();
    }

    /** {@code host:port}, the key of the list and of the host-key store. */
    public String key() {
        return host + ":" + port;
    }
}
