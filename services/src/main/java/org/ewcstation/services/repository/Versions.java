package org.ewcstation.services.repository;

import java.util.Locale;

/** Compares IOS-XE release strings written in the several ways Cisco writes them (17.09.04a, 17.9.4a, 17.9.4.27). */
public final class Versions {

    /** The outcome of comparing two version strings. */
    public enum Comparison {
        SAME,
        DIFFERENT,
        /** Written in forms that cannot be compared safely (17.9.4a against 17.9.4.27). */
        UNKNOWN
    }

    private Versions() {}

    /** {@code 17.09.04a} → {@code 17.9.4a}: drops leading zeros of each component, lower-cases the letter. */
    public static String normalize(String v) {
        if (v == null) {
            return "";
        }
        String[] parts = v.trim().toLowerCase(Locale.ROOT).split("\\.");
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            String stripped = p.replaceFirst("^0+(?=\\d)", "");
            sb.append(stripped);
        }
        return sb.toString();
    }

    public static Comparison compare(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return Comparison.UNKNOWN;
        }
        if (na.equals(nb)) {
            return Comparison.SAME;
        }
        boolean numericA = na.matches("[\\d.]+");
        boolean numericB = nb.matches("[\\d.]+");
        if (numericA && numericB && na.split("\\.").length == nb.split("\\.").length) {
            return Comparison.DIFFERENT;
        }
        // Different shapes: they differ for sure only when the shared leading components differ.
        String[] pa = na.split("\\.");
        String[] pb = nb.split("\\.");
        int common = Math.min(pa.length, pb.length) - 1;
        for (int i = 0; i < common; i++) {
            if (!pa[i].equals(pb[i])) {
                return Comparison.DIFFERENT;
            }
        }
        return Comparison.UNKNOWN;
    }

    /**
     * Whether an AP image version belongs to a controller release: Cisco numbers the AP images of release
     * {@code 17.9.4a} as {@code 17.9.4.27}, so the first three numbers agree (the letter and the build differ).
     */
    public static boolean apImageOfRelease(String apImageVersion, String controllerRelease) {
        String[] ap = normalize(apImageVersion).split("\\.");
        String[] ctl = normalize(controllerRelease).split("\\.");
        if (ap.length < 3 || ctl.length < 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            String a = ap[i].replaceAll("[^0-9]", "");
            String c = ctl[i].replaceAll("[^0-9]", "");
            if (a.isEmpty() || !a.equals(c)) {
                return false;
            }
        }
        return true;
    }

    /** A folder name for a release: {@code 17.9.4a} → {@code 17_9_4a}. */
    public static String folderName(String version) {
        return normalize(version).replace('.', '_').replaceAll("[^a-z0-9_\\-]", "");
    }
}
