package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.InstallSummary;
import org.ewcstation.services.ewc.model.InstalledPackage;
import org.ewcstation.services.ewc.model.InstalledPackage.InstallState;

/**
 * {@code show install summary} as IOS-XE prints it (genieparser's ShowInstallSummary samples, 9800 field output):
 *
 * <pre>
 * [ Chassis 1/R0 2/R0 ] Installed Package(s) Information:
 * State (St): I - Inactive, U - Activated &amp; Uncommitted,
 *             C - Activated &amp; Committed, D - Deactivated &amp; Uncommitted
 * Type  St   Filename/Version
 * IMG   U    17.12.04.0.11
 * Auto abort timer: active on install_activate, time before rollback - 01:49:42
 * </pre>
 *
 * The header may say {@code Uncommitted Package(s)}; the timer line may be {@code inactive}, {@code active on ...}
 * or {@code active , time before rollback - hh:mm:ss}. A line that is none of these is a problem, not ignored.
 */
public final class ShowInstallSummaryParser {

    private static final Pattern HEADER = Pattern.compile("^\\[\\s*(.*?)\\s*]\\s*\\w*\\s*Package\\(s\\) Information:?$");
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+([A-Z])\\s+(\\S+)$");
    private static final Pattern TIMER = Pattern.compile(
            "^Auto\\s+abort\\s+timer\\s*:\\s*(active|inactive)\\b\\s*(.*?)\\s*"
                    + "(?:,\\s*time\\s+before\\s+rollback\\s*-\\s*(\\d+):(\\d{2}):(\\d{2}))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ECHO = Pattern.compile("^\\S*#\\s*sh\\S*\\s+inst\\S*\\s+sum\\S*\\s*$");
    private static final Pattern LEGEND = Pattern.compile(
            "^(?:State \\(St\\):.*|[ICUD] - .*|Type\\s+St\\s+Filename/Version)$");

    public Parsed<InstallSummary> parse(String text) {
        String[] lines = Lines.split(text);
        List<ParseProblem> problems = new ArrayList<>();
        List<InstalledPackage> packages = new ArrayList<>();
        String location = "";
        boolean active = false;
        String detail = "";
        String left = "";
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty() || Lines.isRule(s) || s.endsWith("#") || ECHO.matcher(s).matches()) {
                continue;
            }
            Matcher m;
            if ((m = HEADER.matcher(s)).matches()) {
                location = location.isEmpty() ? m.group(1) : location + " " + m.group(1);
            } else if ((m = TIMER.matcher(s)).matches()) {
                active = m.group(1).equalsIgnoreCase("active");
                detail = m.group(2).replaceFirst(",$", "").strip();
                left = m.group(3) == null ? "" : m.group(3) + ":" + m.group(4) + ":" + m.group(5);
            } else if ((m = ROW.matcher(s)).matches()) {
                packages.add(new InstalledPackage(m.group(1), InstallState.ofLetter(m.group(2)), m.group(3)));
            } else if (!LEGEND.matcher(s).matches()) {
                problems.add(new ParseProblem(i + 1, lines[i], ParseProblem.Reason.UNKNOWN_LINE));
            }
        }
        return new Parsed<>(new InstallSummary(location, packages, active, detail, left), problems);
    }

    /** True when {@code text} holds the summary's header or its legend. */
    static boolean looksLikeSummary(String text) {
        return text.contains("Package(s) Information") || text.contains("Auto abort timer");
    }
}
