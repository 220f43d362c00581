package org.ewcstation.servers.syslog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the IOS-XE message shape in a line: optional sequence number, optional host name, optional
 * timestamp ({@code *} = clock not synced, {@code .} = uncertain; with or without milliseconds, year and
 * zone, or an uptime like {@code 1d02h}), then {@code %FACILITY-SEVERITY-MNEMONIC: text}.
 */
public final class IosXeParser {

    private static final String TIME =
            "(?:[A-Z][a-z]{2}\\s+\\d{1,2}\\s+(?:\\d{4}\\s+)?\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?"
                    + "(?:\\s+[A-Za-z]{2,5})?|\\d+[ywdh]\\d+[wdhm]|\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?)";
    private static final String CODE =
            "%(?<fac>[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*?)-(?<sev>[0-7])-(?<mn>[A-Za-z0-9_]+)\\s*:\\s?(?<text>.*)";
    private static final Pattern FULL = Pattern.compile(
            "^\\s*(?:(?<seq>\\d+):\\s+)?(?:(?<host>[A-Za-z0-9][A-Za-z0-9._-]*):\\s+)?" + "(?:(?<mark>[*.])?(?<ts>"
                    + TIME + "):\\s*)?" + CODE,
            Pattern.DOTALL);
    /** Fallback for lines wrapped by another tool's header: the code anywhere after a space. */
    private static final Pattern ANYWHERE = Pattern.compile("(?:^|\\s)" + CODE, Pattern.DOTALL);

    private IosXeParser() {}

    public static Optional<IosXeMessage> parse(String line) {
        if (line == null || line.indexOf('%') < 0) {
            return Optional.empty();
        }
        Matcher m = FULL.matcher(line);
        if (m.lookingAt()) {
            String mark = m.group("mark");
            return Optional.of(new IosXeMessage(
                    m.group("seq"),
                    m.group("ts"),
                    m.group("ts") != null && mark == null,
                    m.group("fac"),
                    Integer.parseInt(m.group("sev")),
                    m.group("mn"),
                    m.group("text").strip()));
        }
        Matcher any = ANYWHERE.matcher(line);
        if (any.find()) {
            return Optional.of(new IosXeMessage(
                    null,
                    null,
                    false,
                    any.group("fac"),
                    Integer.parseInt(any.group("sev")),
                    any.group("mn"),
                    any.group("text").strip()));
        }
        return Optional.empty();
    }
}
