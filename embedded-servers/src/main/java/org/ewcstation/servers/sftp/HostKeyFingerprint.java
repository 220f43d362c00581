package org.ewcstation.servers.sftp;

/** One host key as the technician compares it: its type ({@code ecdsa-sha2-nistp256}) and {@code SHA256:...}. */
public record HostKeyFingerprint(String type, String sha256) {}
