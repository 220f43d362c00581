package org.ewcstation.servers.syslog;

/** Which header a datagram carried. */
public enum SyslogFormat {
    /** {@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG} */
    RFC5424,
    /** {@code <PRI>Mmm dd hh:mm:ss HOST TAG: MSG} */
    RFC3164,
    /** {@code <PRI>} then free text: what IOS-XE sends ({@code <189>42: *Feb 1 17:05:37.108: %FAC-5-MNEMONIC: ...}) */
    PRI_ONLY,
    /** No {@code <PRI>} at all: the whole line is the message (RFC 3164 says: assume user.notice). */
    BARE
}
