package org.ewcstation.services.ewc.model;

/**
 * What {@code show version} says about the box; {@code ewc} is true only for the controller running on an AP.
 *
 * @param image the software image id in parentheses ({@code C9800-AP-K9_IOSXE-UNIVERSALK9-M}), or null
 * @param model the hardware it runs on ({@code C9120AXI-B}), from {@code cisco <model> (...) processor}
 * @param serial the {@code Processor board ID}
 * @param tftpPort the UDP port its APs send TFTP requests to: 69 on every real EWC (it has no setting for it); only
 *     a lab controller (the simulator) says otherwise, in a line of its own
 */
public record VersionInfo(
        String hostname,
        String version,
        String platform,
        boolean ewc,
        String uptime,
        String image,
        String model,
        String serial,
        int tftpPort) {

    public static final int TFTP_PORT = 69;

    /** Without hardware details (a short or foreign {@code show version}). */
    public VersionInfo(String hostname, String version, String platform, boolean ewc, String uptime) {
        this(hostname, version, platform, ewc, uptime, null, null, null, TFTP_PORT);
    }
}
