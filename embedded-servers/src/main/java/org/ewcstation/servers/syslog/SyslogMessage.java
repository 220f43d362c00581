package org.ewcstation.servers.syslog;

/**
 * One parsed datagram. Fields a format does not carry are null ({@code "-"} in RFC 5424 also gives null).
 *
 * @param facility  0-23 from the PRI (RFC 3164's default 1, user, when there is none)
 * @param severity  0-7 from the PRI (default 5, notice)
 * @param text      the message part after the header, never null
 * @param iosXe     the IOS-XE message found in {@code text}, or null when the line is not one
 */
public record SyslogMessage(
        SyslogFormat format,
        int facility,
        int severity,
        String timestamp,
        String hostname,
        String appName,
        String procId,
        String msgId,
        String structuredData,
        String text,
        IosXeMessage iosXe) {}
