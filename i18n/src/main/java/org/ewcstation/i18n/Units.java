package org.ewcstation.i18n;

import java.time.Duration;
import java.util.Locale;

/** Sizes, rates and durations as a technician reads them (SI units, like the controller's own output). */
public final class Units {

    private Units() {}

    public static String bytes(long n) {
        if (n < 0) {
            return "?";
        }
        if (n < 1000) {
            return n + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = n;
        int i = -1;
        while (v >= 1000 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, units[i]);
    }

    public static String rate(double bytesPerSecond) {
        return bytesPerSecond <= 0 || Double.isNaN(bytesPerSecond) ? "" : bytes(Math.round(bytesPerSecond)) + "/s";
    }

    /** {@code 1:05:07}, {@code 4:09}, or empty when unknown. */
    public static String duration(Duration d) {
        if (d == null || d.isNegative()) {
            return "";
        }
        long s = d.toSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Seconds with one decimal, for completed transfers. */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }
}
