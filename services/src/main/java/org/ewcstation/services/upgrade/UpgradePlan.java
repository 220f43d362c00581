package org.ewcstation.services.upgrade;

import org.ewcstation.servers.event.Protocol;
import org.ewcstation.services.ewc.model.DownloadMode;
import org.ewcstation.services.ewc.ops.ProfileRequest;

/**
 * What the technician wants: the profile to push and what the upgrade must end with.
 *
 * @param serverPort the image server's port as the controller reaches it (for the diagnoses)
 * @param bundleFolder the bundle's folder inside our served root, or null when another server serves it
 * @param apVersion the AP image version the bundle carries (its {@code version.info}); null when unknown: the
 *     version all APs then pre-download is taken as the target
 * @param controllerVersion the controller release the bundle carries ({@code controller_version.info}); null
 *     when unknown, and then not checked after the reload
 */
public record UpgradePlan(
        ProfileRequest profile, int serverPort, String bundleFolder, String apVersion, String controllerVersion) {

    public Protocol protocol() {
        return profile.mode() == DownloadMode.SFTP ? Protocol.SFTP : Protocol.TFTP;
    }

    /** The server as the history names it ({@code 172.16.5.62:22} for SFTP on a port other than 22). */
    public String serverLabel() {
        return profile.server() + (profile.mode() == DownloadMode.SFTP && serverPort != 22 ? ":" + serverPort : "");
    }
}
