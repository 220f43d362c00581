package org.ewcstation.simulator.network;

import java.util.Locale;

/**
 * Cisco's "type 7" password obfuscation (a fixed XOR key), which IOS prints in the running-config when
 * password encryption is on. Not security: it only keeps the password from appearing as typed.
 */
public final class Type7 {

    private static final String KEY = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";

    private Type7() {}

    public static String encode(String clear) {
        int seed = 2;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%02d", seed));
        for (int i = 0; i < clear.length(); i++) {
            sb.append(String.format(Locale.ROOT, "%02X", clear.charAt(i) ^ KEY.charAt((seed + i) % KEY.length())));
        }
        return sb.toString();
    }

    /** The clear text of a type 7 string, or null when it is not one. */
    public static String decode(String enc) {
        if (!enc.matches("\\d{2}([0-9A-Fa-f]{2})*")) {
            return null;
        }
        int seed = Integer.parseInt(enc.substring(0, 2));
        StringBuilder sb = new StringBuilder();
        for (int i = 2; i < enc.length(); i += 2) {
            int v = Integer.parseInt(enc.substring(i, i + 2), 16);
            sb.append((char) (v ^ KEY.charAt((seed + (i - 2) / 2) % KEY.length())));
        }
        return sb.toString();
    }
}
