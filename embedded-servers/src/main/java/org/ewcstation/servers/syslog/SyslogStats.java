package org.ewcstation.servers.syslog;

/** Counters since start: every datagram lands in exactly one of the last five. */
public record SyslogStats(
        long received, long delivered, long oversized, long garbage, long rateLimited, long notAllowed) {}
