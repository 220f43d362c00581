package org.ewcstation.services.upgrade;

import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.ops.ImageDownloadProfiles;
import org.ewcstation.services.ewc.ops.ProfileRequest;
import org.ewcstation.services.history.RunSummary;

/** The plan a stored run was made with, as far as the history keeps it (to watch it again after a crash). */
public final class RunPlans {

    private RunPlans() {}

    public static UpgradePlan of(RunSummary r) {
        boolean sftp = "SFTP".equalsIgnoreCase(r.mode());
        String server = r.server() == null ? "" : r.server();
        int port = sftp ? 22 : 69;
        int colon = server.lastIndexOf(':');
        if (colon > 0 && server.indexOf(':') == colon) { // host:port, never an IPv6 literal
            port = Integer.parseInt(server.substring(colon + 1));
            server = server.substring(0, colon);
        }
        ProfileRequest profile = new ProfileRequest(
                ImageDownloadProfiles.DEFAULT,
                sftp ? DownloadMode.SFTP : DownloadMode.TFTP,
                server,
                r.bundlePath(),
                null,
                null,
                null);
        String version = r.bundleVersion() == null || r.bundleVersion().isBlank() ? null : r.bundleVersion();
        // an existing server's run has no folder in our root: its diagnoses must not assume our server
        return new UpgradePlan(profile, port, r.existingServer() ? null : r.bundlePath(), version, null);
    }
}
