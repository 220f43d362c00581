package org.ewcstation.views.fx;

import java.util.Arrays;

/** A secret the technician typed in a dialog, and whether to keep it; wipe it after use. */
public record SecretAnswer(char[] secret, boolean remember) {

    public void wipe() {
        Arrays.fill(secret, '\0');
    }

    @Override
    public String toString() {
        return "SecretAnswer[*****, remember=" + remember + "]";
    }
}
