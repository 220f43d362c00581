package org.ewcstation.services.ewc.parse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.InstallSummary;

/**
 * {@code show install summary} as IOS-XE prints it: a {@code [ Chassis 1/R0 ] Installed Package(s) Information:}
 * block per location, the state legend, {@code Type St Filename/Version} rows ({@code IMG   C    17.09.04a.0.6},
 * {@code SMU   U    bootflash:….smu.bin}), and {@code Auto abort timer: active on install_activate, time before
 * rollback - 01:49:42} (or {@code inactive}). Lines it does not know are reported, not dropped; an output without a
 * single package row is a problem too (the state must never be guessed from nothing).
 */
public final class ShowInstallSummaryParser {

    private static final Pattern LOCATION = Pattern.compile(
            "^\\[\\s*(.+?)\\s*]\\s+(?:Installed|Uncommitted|Committed)\\s+Package\\(s\\) Information:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ECHO =
            Pattern.compile("^\\S+#\\s*show\\s+install\\s+summ\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+([A-Za-z])\\s+(\\S+)$");
    private static final Pattern TIMER = Pattern.compile(
            "^Auto\\s+abort\\s+timer:\\s*(.+?)(?:,\\s*time\\s+before\\s+rollback\\s*-\\s*(\\S+))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("^(?:(\\d+)d)?(\\d{1,3}):(\\d{2}):(\\d{2})$");

    public Parsed<InstallSummary> parse(String text) {
        List<InstallSummary.Package> rows = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        String location = null;
        String timer = null;
        Duration left = null;
        String[] lines = Lines.split(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m;
            // the echoed command of a saved session ("EWC#show install summary") is not a row
            if (line.isEmpty()
                    || Lines.isRule(line)
                    || legend(line)
                    || ECHO.matcher(line).matches()) {
                continue;
            }
            if ((m = LOCATION.matcher(line)).matches()) {
                location = m.group(1);
            } else if ((m = TIMER.matcher(line)).matches()) {
                timer = m.group(1).strip();
                left = m.group(2) == null ? null : clock(m.group(2)).orElse(null);
            } else if ((m = ROW.matcher(line)).matches()
                    && InstallSummary.State.of(m.group(2).charAt(0)).isPresent()) {
                rows.add(new InstallSummary.Package(
                        location,
                        m.group(1),
                        InstallSummary.State.of(m.group(2).charAt(0)).orElseThrow(),
                        m.group(3)));
            } else {
                problems.add(new ParseProblem(i + 1, lines[i], ParseProblem.Reason.UNKNOWN_LINE));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new ParseProblem(0, lines.length > 0 ? lines[0] : "", ParseProblem.Reason.TRUNCATED));
        }
        return new Parsed<>(new InstallSummary(rows, timer, left), problems);
    }

    /** The header row and the state legend ({@code State (St): I - Inactive, U - Activated & Uncommitted,}). */
    private static boolean legend(String line) {
        return line.startsWith("Type ") || line.startsWith("State (St)") || line.matches("^[IUCD] - \\w.*");
    }

    /** {@code 01:49:42} or {@code 1d02:03:04} as a duration. */
    static Optional<Duration> clock(String s) {
        Matcher m = CLOCK.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return Optional.of(Duration.ofDays(days)
                .plusHours(Long.parseLong(m.group(2)))
                .plusMinutes(Long.parseLong(m.group(3)))
                .plusSeconds(Long.parseLong(m.group(4))));
    }

    /** Whether a saved text is a {@code show install summary} (for the parse command's kind detection). */
    static boolean looksLikeSummary(String text) {
        return text.contains("Package(s) Information") || text.contains("Auto abort timer");
    }
}
