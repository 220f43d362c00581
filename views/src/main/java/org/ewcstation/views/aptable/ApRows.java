package org.ewcstation.views.aptable;

import java.util.List;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.ApStatus;

/** The poller's AP statuses as table rows. */
public final class ApRows {

    private ApRows() {}

    public static List<ApRow> of(ApSnapshot snapshot) {
        return snapshot.aps().stream().map(ApRows::of).toList();
    }

    public static ApRow of(ApStatus s) {
        return new ApRow(
                s.name(),
                nz(s.model()),
                nz(s.imageType()),
                nz(s.ipAddress()),
                nz(s.ethernetMac()),
                nz(s.primaryImage()),
                nz(s.backupImage()),
                nz(s.predownloadStatus()),
                nz(s.predownloadVersion()),
                s.retryCount(),
                nz(s.nextRetryTime()),
                nz(s.method()),
                s.percent() == null ? -1 : s.percent(),
                nz(s.eta()),
                false);
    }

    /**
     * An AP the controller no longer lists because it reboots after activation: its last row, with {@code status}
     * ("rebooting, waiting to rejoin 1:05") in place of the pre-download status.
     */
    public static ApRow away(ApStatus last, String status) {
        ApRow r = of(last);
        return new ApRow(
                r.name(),
                r.model(),
                r.imageType(),
                r.ip(),
                r.ethernetMac(),
                r.primaryImage(),
                r.backupImage(),
                status,
                r.predownloadVersion(),
                r.retries(),
                r.nextRetry(),
                r.method(),
                -1,
                "",
                true);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
