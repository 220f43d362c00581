package org.ewcstation.views.ewc;

import java.util.Arrays;

/**
 * What the technician typed to reach a controller. Secrets are char arrays so they can be wiped after
 * use; {@link #toString()} never shows them. {@code remember}: keep the password (and enable secret) in the
 * secret store for the next start.
 */
public record ControllerEntry(
        String address, int port, String user, char[] password, char[] enableSecret, String label, boolean remember) {

    public ControllerEntry(String address, int port, String user, char[] password, char[] enableSecret) {
        this(address, port, user, password, enableSecret, "", false);
    }

    public ControllerEntry {
        label = label == null ? "" : label.strip();
    }

    public String key() {
        return address + ":" + port;
    }

    public void wipe() {
        Arrays.fill(password, '\0');
        Arrays.fill(enableSecret, '\0');
    }

    @Override
    public String toString() {
        return "ControllerEntry[" + user + "@" + address + ":" + port + ", password=*****]";
    }
}
