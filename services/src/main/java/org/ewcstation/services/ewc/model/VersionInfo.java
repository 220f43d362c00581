package org.ewcstation.services.ewc.model;

/** What {@code show version} says about the box; {@code ewc} is true only for the controller running on an AP. */
public record VersionInfo(String hostname, String version, String platform, boolean ewc, String uptime) {}
