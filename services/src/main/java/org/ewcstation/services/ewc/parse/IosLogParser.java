package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.IosLogLine;
import org.ewcstation.services.ewc.model.LogEvent;
import org.ewcstation.services.ewc.model.LogEvent.Kind;

/**
 * IOS-XE log lines, from {@code show logging} or syslog: an optional sequence number, a timestamp
 * ({@code *} or {@code .} when the clock is not trusted), {@code %FACILITY-SEVERITY-MNEMONIC:} and the
 * message; the image-download events the seed document shows are recognised.
 */
public final class IosLogParser {

    private static final Pattern LINE = Pattern.compile(
            "^(?:\\d+:\\s+)?([*.]?[A-Z][a-z]{2}\\s+\\d{1,2}\\s+(?:\\d{4}\\s+)?\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:\\s+[A-Z]{2,5})?):\\s+"
                    + "%([A-Z0-9_]+)-(\\d)-([A-Z0-9_]+):\\s?(.*)$");
    private static final Pattern INSTALL_URL = Pattern.compile("install(?:_| )add (?:package )?(\\S+?)(?:,|$)");
    private static final Pattern ERROR = Pattern.compile("Error: (?:Failed to download file \\S+: )?(.+)$");
    private static final Pattern AP_NAME = Pattern.compile("AP Name: (\\S+)");

    /** The parsed line, or empty when it is not an IOS log line (a wrapped buffer's first line, say). */
    public Optional<IosLogLine> parseLine(String raw) {
        Matcher m = LINE.matcher(raw.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String facility = m.group(2);
        String mnemonic = m.group(4);
        String message = m.group(5);
        return Optional.of(new IosLogLine(
                m.group(1),
                facility,
                Integer.parseInt(m.group(3)),
                mnemonic,
                message,
                event(facility, mnemonic, message),
                raw));
    }

    /** Every log line of {@code text}; lines that are not log lines are reported as problems. */
    public Parsed<List<IosLogLine>> parse(String text) {
        List<IosLogLine> out = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        String[] lines = Lines.split(text);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Optional<IosLogLine> l = parseLine(lines[i]);
            if (l.isPresent()) {
                out.add(l.get());
            } else {
                problems.add(new ParseProblem(i + 1, lines[i], ParseProblem.Reason.UNKNOWN_LINE));
            }
        }
        return new Parsed<>(List.copyOf(out), problems);
    }

    static LogEvent event(String facility, String mnemonic, String message) {
        if (facility.equals("INSTALL")) {
            String url = find(INSTALL_URL, message);
            if (mnemonic.equals("OPERATION_ERROR_MESSAGE")) {
                return new LogEvent(Kind.INSTALL_FAILED, null, url, find(ERROR, message));
            }
            if (mnemonic.equals("INSTALL_START_INFO")) {
                return new LogEvent(Kind.INSTALL_STARTED, null, url, null);
            }
            if (mnemonic.equals("INSTALL_COMPLETED_INFO")) {
                return new LogEvent(Kind.INSTALL_COMPLETED, null, url, null);
            }
        }
        if (mnemonic.equals("AP_JOIN_DISJOIN")) {
            String ap = find(AP_NAME, message);
            if (message.contains("AP Image Download Success")) {
                return new LogEvent(Kind.AP_IMAGE_DOWNLOAD_SUCCESS, ap, null, null);
            }
            if (message.contains("AP Image Download Failed")) {
                return new LogEvent(Kind.AP_IMAGE_DOWNLOAD_FAILED, ap, null, null);
            }
            if (message.contains("Disjoined")) {
                return new LogEvent(Kind.AP_DISJOINED, ap, null, null);
            }
            if (message.contains("Joined")) {
                return new LogEvent(Kind.AP_JOINED, ap, null, null);
            }
        }
        return LogEvent.OTHER;
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
