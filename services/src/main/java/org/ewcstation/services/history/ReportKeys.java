package org.ewcstation.services.history;

import java.util.Locale;

/** Message keys for stored transfer results and reasons (stored as the servers' enum names). */
public final class ReportKeys {

    private ReportKeys() {}

    /** {@code NOT_FOUND} → {@code report.reason.notFound}. */
    public static String reason(String code) {
        return "report.reason." + camel(code);
    }

    /** {@code COMPLETED} → {@code report.transfer.result.completed}. */
    public static String result(String code) {
        return "report.transfer.result." + camel(code);
    }

    static String camel(String code) {
        String[] words = code.toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
        }
        return sb.toString();
    }
}
