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
                nz(s.eta()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
