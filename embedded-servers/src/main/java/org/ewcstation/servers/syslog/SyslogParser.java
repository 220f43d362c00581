package org.ewcstation.servers.syslog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one syslog line: RFC 5424, RFC 3164, a bare {@code <PRI>} followed by text (IOS-XE's own
 * shape), or text without any header. It never throws: what it cannot read becomes the message text.
 */
public final class SyslogParser {

    private static final Pattern PRI = Pattern.compile("^<(\\d{1,3})>");
    private static final Pattern RFC3164_TIME = Pattern.compile("^([A-Z][a-z]{2} [ \\d]\\d \\d{2}:\\d{2}:\\d{2}) ");
    private static final Pattern TAG = Pattern.compile("^([^\\s:\\[\\]]{1,48})(?:\\[([^\\]]{1,32})\\])?: ?");
    private static final int DEFAULT_FACILITY = 1; // user
    private static final int DEFAULT_SEVERITY = 5; // notice

    private SyslogParser() {}

    public static SyslogMessage parse(String line) {
        Matcher pri = PRI.matcher(line);
        if (!pri.find() || Integer.parseInt(pri.group(1)) > 191) {
            return finish(new SyslogMessage(
                    SyslogFormat.BARE,
                    DEFAULT_FACILITY,
                    DEFAULT_SEVERITY,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    line,
                    null));
        }
        int value = Integer.parseInt(pri.group(1));
        int facility = value / 8;
        int severity = value % 8;
        String rest = line.substring(pri.end());
        if (rest.startsWith("1 ")) {
            SyslogMessage m = rfc5424(facility, severity, rest.substring(2));
            if (m != null) {
                return m;
            }
        }
        Matcher time = RFC3164_TIME.matcher(rest);
        if (time.find()) {
            String afterTime = rest.substring(time.end());
            int space = afterTime.indexOf(' ');
            String host = space > 0 ? afterTime.substring(0, space) : null;
            String content = space > 0 ? afterTime.substring(space + 1) : afterTime;
            Matcher tag = TAG.matcher(content);
            if (tag.find()) {
                return finish(new SyslogMessage(
                        SyslogFormat.RFC3164,
                        facility,
                        severity,
                        time.group(1),
                        host,
                        tag.group(1),
                        tag.group(2),
                        null,
                        null,
                        content.substring(tag.end()),
                        null));
            }
            return finish(new SyslogMessage(
                    SyslogFormat.RFC3164,
                    facility,
                    severity,
                    time.group(1),
                    host,
                    null,
                    null,
                    null,
                    null,
                    content,
                    null));
        }
        return finish(new SyslogMessage(
                SyslogFormat.PRI_ONLY, facility, severity, null, null, null, null, null, null, rest, null));
    }

    /** TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]; null when the header is malformed. */
    private static SyslogMessage rfc5424(int facility, int severity, String s) {
        String[] head = new String[5];
        int pos = 0;
        for (int i = 0; i < head.length; i++) {
            int space = s.indexOf(' ', pos);
            if (space < 0) {
                return null;
            }
            head[i] = nil(s.substring(pos, space));
            pos = space + 1;
        }
        int sdEnd = structuredDataEnd(s, pos);
        if (sdEnd < 0) {
            return null;
        }
        String sd = nil(s.substring(pos, sdEnd));
        String msg = sdEnd < s.length() ? s.substring(sdEnd + 1) : "";
        if (msg.startsWith("\uFEFF")) {
            msg = msg.substring(1);
        }
        return finish(new SyslogMessage(
                SyslogFormat.RFC5424, facility, severity, head[0], head[1], head[2], head[3], head[4], sd, msg, null));
    }

    /** End of "-" or of one or more [id param="value"] elements, honouring \" \] \\ escapes in values. */
    private static int structuredDataEnd(String s, int pos) {
        if (s.startsWith("-", pos)) {
            return pos + 1;
        }
        int i = pos;
        while (i < s.length() && s.charAt(i) == '[') {
            boolean quoted = false;
            i++;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (quoted && c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    break;
                }
                i++;
            }
            if (i >= s.length()) {
                return -1;
            }
            i++;
        }
        return i == pos ? -1 : i;
    }

    private static String nil(String field) {
        return "-".equals(field) ? null : field;
    }

    /** Strips the text and finds the IOS-XE message in it: the one step every format shares. */
    private static SyslogMessage finish(SyslogMessage m) {
        String body = m.text().strip();
        return new SyslogMessage(
                m.format(),
                m.facility(),
                m.severity(),
                m.timestamp(),
                m.hostname(),
                m.appName(),
                m.procId(),
                m.msgId(),
                m.structuredData(),
                body,
                IosXeParser.parse(body).orElse(null));
    }
}
