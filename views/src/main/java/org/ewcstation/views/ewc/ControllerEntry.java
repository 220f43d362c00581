package org.ewcstation.views.ewc;

import java.util.Arrays;

/**
 * What the technician typed to reach a controller. Secrets are char arrays so they can be wiped after
 * use; {@link #toString()} never shows them.
 */
public record ControllerEntry(String address, int port, String user, char[] password, char[] enableSecret) {

    public void wipe() {
        Arrays.fill(password, '\0');
        Arrays.fill(enableSecret, '\0');
    }

    @Override
    public String toString() {
        return "ControllerEntry[" + user + "@" + address + ":" + port + ", password=*****]";
    }
}
