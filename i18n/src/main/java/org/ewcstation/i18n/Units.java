package org.ewcstation.i18n;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

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

    /**
     * A duration as a person types it: {@code 3s}, {@code 2h}, {@code 1h30m}, {@code 500ms}; the command line reads
     * and prints durations in this form (ISO-8601's {@code PT3S} is read too).
     */
    public static String human(Duration d) {
        if (d == null) {
            return "";
        }
        if (d.isZero()) {
            return "0s";
        }
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        StringBuilder sb = new StringBuilder();
        long s = d.toSeconds();
        if (s >= 86400) {
            sb.append(s / 86400).append('d');
        }
        if (s % 86400 >= 3600) {
            sb.append(s % 86400 / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            sb.append(s % 3600 / 60).append('m');
        }
        if (s % 60 > 0) {
            sb.append(s % 60).append('s');
        }
        return sb.toString();
    }

    /** Reads {@link #human} forms ({@code 3s}, {@code 1h30m}, {@code 250ms}) and ISO-8601 ({@code PT3S}). */
    public static Duration parseHuman(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("pt") || t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        var m = Pattern.compile("(\\d+)(ms|d|h|m|s)").matcher(t);
        Duration d = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalArgumentException(text);
            }
            long n = Long.parseLong(m.group(1));
            d = d.plus(
                    switch (m.group(2)) {
                        case "ms" -> Duration.ofMillis(n);
                        case "d" -> Duration.ofDays(n);
                        case "h" -> Duration.ofHours(n);
                        case "m" -> Duration.ofMinutes(n);
                        default -> Duration.ofSeconds(n);
                    });
            end = m.end();
        }
        if (end == 0 || end != t.length()) {
            throw new IllegalArgumentException(text);
        }
        return d;
    }

    /** Seconds with one decimal, for completed transfers. */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }
}
