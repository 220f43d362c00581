package org.ewcstation.services.upgrade;

import java.util.Locale;

/** Release strings as the controller and the bundle write them: {@code 17.9.4a} and {@code 17.09.04a} are one. */
final class Releases {

    private Releases() {}

    static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String v) {
        StringBuilder out = new StringBuilder();
        for (String part : v.strip().toLowerCase(Locale.ROOT).split("\\.")) {
            String p = part.replaceFirst("^0+(?=\\d)", "");
            out.append(out.isEmpty() ? "" : ".").append(p);
        }
        return out.toString();
    }
}
