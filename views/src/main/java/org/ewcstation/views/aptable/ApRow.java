package org.ewcstation.views.aptable;

import java.util.Locale;
import java.util.function.Function;

/**
 * One line of the AP table as the view shows it: plain immutable values, replaced as a whole when the
 * poller's snapshot changes. {@code percent} is 0..100 or -1 when unknown; {@code eta} is already text.
 * {@code away}: the AP left to reboot after activation and is awaited (its status says since when).
 */
public record ApRow(
        String name,
        String model,
        String imageType,
        String ip,
        String ethernetMac,
        String primaryImage,
        String backupImage,
        String predownloadStatus,
        String predownloadVersion,
        int retries,
        String nextRetry,
        String method,
        double percent,
        String eta,
        boolean away) {

    /**
     * Whether any field contains {@code needle} (case-insensitive); the filter box uses it. The status matches as
     * it is displayed ({@code statusLabel}: 完了 for "Complete") and as the controller printed it.
     */
    public boolean matches(String needle, Function<String, String> statusLabel) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        String n = needle.strip().toLowerCase(Locale.ROOT);
        for (String s : new String[] {
            statusLabel.apply(predownloadStatus),
            name,
            model,
            imageType,
            ip,
            ethernetMac,
            primaryImage,
            backupImage,
            predownloadStatus,
            predownloadVersion,
            method
        }) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 42 %  3:10}, or {@code 100 %} when done or when the controller knows no time left. */
    public String progressText() {
        String shown = Math.round(percent) + " %";
        boolean done = percent >= 100 || StatusChip.of(predownloadStatus) == StatusChip.COMPLETE;
        String left = eta == null ? "" : eta.strip();
        if (done || left.isEmpty() || left.toLowerCase(Locale.ROOT).matches("n/?a|none|-+|unknown")) {
            return shown;
        }
        return shown + "  " + left;
    }
}
