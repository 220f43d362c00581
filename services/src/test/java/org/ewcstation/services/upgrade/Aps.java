package org.ewcstation.services.upgrade;

import org.ewcstation.services.ewc.model.PredownloadPhase;
import org.ewcstation.services.ewc.poll.ApStatus;

/** AP rows as a poll gives them, in the few shapes the rules care about. */
final class Aps {

    static final String OLD = "17.9.3.50";
    static final String NEW = "17.12.1.5";

    private Aps() {}

    static ApStatus ap(
            String name, String status, String predownloadVersion, Integer percent, String primary, String backup) {
        return new ApStatus(
                name,
                "C9120AXI-E",
                "ap1g7",
                "aaaa.bbbb.0001",
                "aaaa.bbbb.0002",
                "10.0.0.1",
                "Registered",
                primary,
                backup,
                status,
                PredownloadPhase.of(status),
                predownloadVersion,
                "",
                0,
                "TFTP",
                percent,
                "");
    }

    static ApStatus ready(String name) {
        return ap(name, "Complete", NEW, 100, OLD, NEW);
    }

    static ApStatus none(String name) {
        return ap(name, "None", "N/A", null, OLD, OLD);
    }

    static ApStatus downloading(String name, int percent) {
        return ap(name, "Predownloading", NEW, percent, OLD, OLD);
    }

    static ApStatus failed(String name, String why) {
        return ap(name, "Failed: " + why, NEW, null, OLD, OLD);
    }

    static ApStatus runningNew(String name) {
        return ap(name, "None", "N/A", null, NEW, OLD);
    }
}
