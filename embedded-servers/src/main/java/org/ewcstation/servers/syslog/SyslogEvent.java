package org.ewcstation.servers.syslog;

import java.net.InetSocketAddress;
import java.time.Instant;

/** A datagram received and parsed: who sent it, what it said, and the line exactly as received. */
public record SyslogEvent(Instant received, InetSocketAddress sender, SyslogMessage message, String raw) {}
