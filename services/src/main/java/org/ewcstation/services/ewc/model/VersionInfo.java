package org.ewcstation.services.ewc.model;

/**
 * What {@code show version} says about the box; {@code ewc} is true only for the controller running on an AP.
 * {@code image} is the software image id in parentheses ({@code C9800-AP-K9_IOSXE-UNIVERSALK9-M}), or null.
 */
public record VersionInfo(String hostname, String version, String platform, boolean ewc, String uptime, String image) {

    public VersionInfo(String hostname, String version, String platform, boolean ewc, String uptime) {
        this(hostname, version, platform, ewc, uptime, null);
    }
}
