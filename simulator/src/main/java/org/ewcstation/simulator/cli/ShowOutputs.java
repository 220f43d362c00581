package org.ewcstation.simulator.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ewcstation.simulator.Controller;
import org.ewcstation.simulator.network.PredownloadStatus;
import org.ewcstation.simulator.network.VirtualAp;

/**
 * The text of the AP {@code show} commands, laid out column for column like a real controller's (show ap
 * summary: the newer CC/RD layout; show ap image: the counters block and the table of TAC document 221705).
 * ShellTest holds the expected output for the default fleet and, when the public samples are at hand,
 * compares the headers with them.
 */
final class ShowOutputs {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final Controller controller;

    ShowOutputs(Controller controller) {
        this.controller = controller;
    }

    private List<VirtualAp.Snapshot> joined() {
        return controller.fleet().snapshot().stream()
                .filter(VirtualAp.Snapshot::joined)
                .toList();
    }

    String apSummary() {
        List<VirtualAp.Snapshot> aps = joined();
        StringBuilder sb = new StringBuilder();
        sb.append("Number of APs: ").append(aps.size()).append("\n\n");
        sb.append("CC = Country Code\nRD = Regulatory Domain\n\n");
        String fmt = "%-32s %-5s %-20s %-14s %-14s %-4s %-4s %-41s %-12s %s\n";
        sb.append(String.format(
                Locale.ROOT,
                fmt,
                "AP Name",
                "Slots",
                "AP Model",
                "Ethernet MAC",
                "Radio MAC",
                "CC",
                "RD",
                "IP Address",
                "State",
                "Location"));
        sb.append("-".repeat(165)).append('\n');
        for (VirtualAp.Snapshot a : aps) {
            sb.append(String.format(
                    Locale.ROOT,
                    fmt,
                    a.name(),
                    "2",
                    a.model().partNumber(),
                    a.ethernetMac(),
                    a.radioMac(),
                    "US",
                    "-B",
                    a.ip(),
                    "Registered",
                    "default location"));
        }
        return sb.toString();
    }

    String apImage() {
        List<VirtualAp.Snapshot> aps = joined();
        StringBuilder sb = new StringBuilder();
        sb.append("Total number of APs  : ").append(aps.size()).append("\n\n");
        sb.append("Number of APs\n");
        counter(sb, "Initiated", count(aps, PredownloadStatus.INITIATED));
        counter(sb, "Downloading", 0);
        counter(sb, "Predownloading", count(aps, PredownloadStatus.PREDOWNLOADING));
        counter(sb, "Completed downloading", 0);
        counter(sb, "Completed predownloading", count(aps, PredownloadStatus.COMPLETE));
        counter(sb, "Not Supported", 0);
        counter(sb, "Failed to Predownload", count(aps, PredownloadStatus.FAILED));
        sb.append(String.format(
                        Locale.ROOT,
                        "        %-27s: %s",
                        "Predownload in progress",
                        controller.engine().inProgress() ? "Yes" : "No"))
                .append('\n');
        sb.append('\n');
        String fmt = "%-33s %-22s %-23s %-20s %-20s %-17s %-13s %s\n";
        sb.append(String.format(
                Locale.ROOT,
                fmt,
                "AP Name",
                "Primary Image",
                "Backup Image",
                "Predownload Status",
                "Predownload Version",
                "Next Retry Time",
                "Retry Count",
                "Method"));
        sb.append("-".repeat(162)).append('\n');
        for (VirtualAp.Snapshot a : aps) {
            sb.append(String.format(
                    Locale.ROOT,
                    fmt,
                    a.name(),
                    a.primary(),
                    a.backup(),
                    a.status().word(),
                    a.predownloadVersion(),
                    nextRetry(a),
                    a.retries(),
                    "CAPWAP"));
        }
        return sb.toString();
    }

    private static void counter(StringBuilder sb, String label, long n) {
        sb.append(String.format(Locale.ROOT, "        %-27s: %d", label, n)).append('\n');
    }

    private static long count(List<VirtualAp.Snapshot> aps, PredownloadStatus s) {
        return aps.stream().filter(a -> a.status() == s).count();
    }

    private static String nextRetry(VirtualAp.Snapshot a) {
        Instant t = a.nextRetry();
        return t == null || t.isBefore(Instant.now())
                ? "N/A"
                : CLOCK.format(LocalTime.ofInstant(t, ZoneId.systemDefault()));
    }

    /** {@code show wireless ewc-ap predownload status}, like the genieparser sample (no space before the colon). */
    String predownloadStatus() {
        String[] s = controller.engine().overall();
        return "Predownload Status: " + s[0] + "\n\nPredownload Error: " + s[1] + "\n";
    }

    /**
     * {@code show wireless ewc-ap ap image predownload status}: the per-AP table. The real format is not
     * public, so this one is ours, made to be parsed (documented in simulator/README.md):
     *
     * <pre>
     * Predownload Status   : In Progress
     * Predownload Version  : 17.12.1.5
     * Total number of APs  : 7
     *
     * AP Name                           Image     Status           Percent  Received     Total        ETA       Retry Count  Next Retry Time
     * -------------------------------------------------------------------------------------------------------------------------------------
     * AP-9105-LOBBY                     ap1g8     Predownloading   42%      110100480    262144000    00:01:35  0            N/A
     * </pre>
     *
     * Every cell is one token without spaces: Percent is {@code N%} or {@code N/A}; Received and Total are
     * bytes; ETA is {@code HH:MM:SS} or {@code N/A}; Next Retry Time is the controller's clock
     * {@code HH:MM:SS} or {@code N/A}. Status is one of None, Initiated, Predownloading, Complete, Failed,
     * Aborted.
     */
    String apPredownloadStatus() {
        List<VirtualAp.Snapshot> aps = joined();
        StringBuilder sb = new StringBuilder();
        sb.append("Predownload Status   : ")
                .append(controller.engine().overall()[0])
                .append('\n');
        sb.append("Predownload Version  : ")
                .append(controller.engine().targetVersion())
                .append('\n');
        sb.append("Total number of APs  : ").append(aps.size()).append("\n\n");
        String fmt = "%-33s %-9s %-16s %-8s %-12s %-12s %-9s %-12s %s\n";
        sb.append(String.format(
                Locale.ROOT,
                fmt,
                "AP Name",
                "Image",
                "Status",
                "Percent",
                "Received",
                "Total",
                "ETA",
                "Retry Count",
                "Next Retry Time"));
        sb.append("-".repeat(133)).append('\n');
        for (VirtualAp.Snapshot a : aps) {
            int pct = a.percent();
            long eta = a.etaSeconds();
            sb.append(String.format(
                    Locale.ROOT,
                    fmt,
                    a.name(),
                    a.imageType(),
                    a.status().word(),
                    pct < 0 ? "N/A" : pct + "%",
                    a.bytesDone(),
                    a.bytesTotal(),
                    eta < 0 ? "N/A" : String.format(Locale.ROOT, "%02d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60),
                    a.retries(),
                    nextRetry(a)));
        }
        return sb.toString();
    }

    /** "2 hours, 3 minutes" as IOS prints an uptime (no leading zero units). */
    static String uptime(Duration d) {
        long m = Math.max(0, d.toMinutes());
        long[] parts = {m / (7 * 24 * 60), m / (24 * 60) % 7, m / 60 % 24, m % 60};
        String[] names = {"week", "day", "hour", "minute"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            if (parts[i] > 0 || i == 3 || sb.length() > 0) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(parts[i]).append(' ').append(names[i]).append(parts[i] == 1 ? "" : "s");
            }
        }
        return sb.toString();
    }
}
