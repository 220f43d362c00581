package org.ewcstation.services.ewc.testing;

/**
 * Builds {@code show ap image} text the way long real outputs look: the header repeated every
 * {@code pageRows} rows, cells drifting a few columns right of their label, names longer than the column,
 * and no final newline.
 */
public final class ApImageText {

    public static final String HEADER =
            "AP Name                           Primary Image          Backup Image            "
                    + "Predownload Status   Predownload Version  Next Retry Time   Retry Count   Method";
    public static final String RULE = "-".repeat(162);

    private ApImageText() {}

    public static String of(int aps, int pageRows) {
        StringBuilder sb = new StringBuilder(aps * 170 + 600);
        sb.append("Total number of APs  : ").append(aps).append("\n\nNumber of APs\n");
        String[] labels = {
            "Initiated",
            "Downloading",
            "Predownloading",
            "Completed downloading",
            "Completed predownloading",
            "Not Supported",
            "Failed to Predownload"
        };
        int[] counts = new int[7];
        for (int i = 0; i < aps; i++) {
            counts[statusIndex(i)]++;
        }
        for (int i = 0; i < labels.length; i++) {
            sb.append("        ")
                    .append(String.format("%-27s", labels[i]))
                    .append(": ")
                    .append(counts[i])
                    .append('\n');
        }
        sb.append("        Predownload in progress    : ")
                .append(counts[2] > 0 ? "Yes" : "No")
                .append("\n\n");
        for (int i = 0; i < aps; i++) {
            if (i % pageRows == 0) {
                sb.append(HEADER).append('\n').append(RULE).append('\n');
            }
            String name = i % 17 == 0 ? "AP-BUILDING-" + i + "-FLOOR-03-EAST-WING" : "AP" + String.format("%04d", i);
            String pad = " ".repeat(i % 3); // drift: cells start right of their label
            sb.append(String.format(
                    "%-33s %s%-22s %-23s %-20s %-20s %-17s %-13d %s",
                    name,
                    pad,
                    "17.9.4.27",
                    "17.12.1.5",
                    status(i),
                    "17.12.1.5",
                    i % 11 == 0 ? "00:01:30" : "N/A",
                    i % 4,
                    "CAPWAP"));
            if (i < aps - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static int statusIndex(int i) {
        return switch (i % 7) {
            case 0 -> 4;
            case 1 -> 2;
            case 2 -> 0;
            case 3 -> 6;
            case 4 -> 5;
            case 5 -> 4;
            default -> 4;
        };
    }

    public static String status(int i) {
        return switch (statusIndex(i)) {
            case 0 -> "Initiated";
            case 2 -> "Predownloading";
            case 5 -> "Not Supported";
            case 6 -> "Failed";
            default -> "Complete";
        };
    }

    public static String name(int i) {
        return i % 17 == 0 ? "AP-BUILDING-" + i + "-FLOOR-03-EAST-WING" : "AP" + String.format("%04d", i);
    }
}
