package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.model.InstallFailure;
import org.ewcstation.services.ewc.model.InstallResult;
import org.ewcstation.services.ewc.model.InstallResult.Status;

/**
 * Reads an install-family command's output as IOS-XE's install engine prints it (genielibs' install APIs and mock
 * transcripts, unicon's install dialogs): {@code install_add: START ...}, {@code --- Starting Add ---}, member lines
 * {@code [1/R0] ...} / {@code [1]  R0 ...}, {@code Add: Passed on [1/R0]}, and its ends {@code SUCCESS: install_add ...}
 * or {@code FAILED: install_add : <why>}, {@code Activate: Failed on [R0]}, {@code ERROR: install_add exit(2) ...},
 * {@code %INSTALL-3-OPERATION_ERROR_MESSAGE: ... Failed to install_add package ..., Error: ...}. Pure: text in, result
 * out; works on a partial stream (RUNNING) as on the whole.
 */
public final class InstallOutput {

    private static final Pattern SUCCESS = Pattern.compile(
            "^(?:SUCCESS\\s*:\\s*(\\S*).*|(install_\\w+|\\w+)\\s*:\\s*SUCCESS\\b.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAILED = Pattern.compile("^FAILED\\s*:\\s*(\\S*).*");
    private static final Pattern ENGINE_FAILED =
            Pattern.compile("^(install_\\w+)\\s*:\\s*(?:FAILED|ERROR)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ERROR = Pattern.compile("^ERROR\\s*:\\s*(\\S*).*");
    private static final Pattern MEMBER_FAILED = Pattern.compile(
            "^\\[[^\\]]{1,20}\\]\\s*.*\\bfailed\\b.*|.*\\bfailed on \\[[^\\]]*\\].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOG_ERROR =
            Pattern.compile(".*%INSTALL-[0-3]-[A-Z_]+:\\s*(?:Chassis \\S+ \\S+:\\s*)?(?:install_engine:\\s*)?(.*)$");
    private static final Pattern START =
            Pattern.compile("^(install_\\w+|\\w+_\\w+)\\s*:\\s*START\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROGRESS = Pattern.compile(
            "^(?:\\[[^\\]]{1,20}\\].*|---.*---\\s*|install_\\w+\\s*:.*|\\w+: Passed on \\[.*|Finished .*|Performing .*"
                    + "|Checking status of .*|Image added\\..*|Info: .*|Copying .*|Following packages .*"
                    + "|/\\S+\\.(?:pkg|bin|conf)|\\w+:\\S+\\.(?:pkg|bin)|.*[Dd]ownload(?:ing|ed)? .*|.*[Ee]xtract(?:ing|ed) .*)$");
    private static final Pattern ANY_LOG =
            Pattern.compile("^\\s*(?:[^%\\s][^%]{0,48}:\\s*)?%[A-Z][A-Z0-9_]*-\\d-[A-Z0-9_]+:.*");
    private static final Pattern URL = Pattern.compile(
            "((?:tftp|sftp|ftp|http|https|scp)://\\S+?|\\S+:/?\\S+?)\\s*:\\s*(?:No such|Timed out)",
            Pattern.CASE_INSENSITIVE);

    /** Reads {@code text} (raw or cleaned, CR LF or LF, with or without the echoed command and prompt). */
    public InstallResult read(String text) {
        List<String> failing = new ArrayList<>();
        String operation = "";
        String last = "";
        boolean started = false;
        boolean success = false;
        for (String raw : Lines.split(text)) {
            String s = raw.replace("--More--", "").strip();
            if (s.isEmpty() || s.endsWith("#")) {
                continue;
            }
            Matcher m;
            if ((m = LOG_ERROR.matcher(s)).matches()) {
                failing.add(m.group(1).strip());
            } else if (ANY_LOG.matcher(s).matches()) {
                continue;
            } else if ((m = FAILED.matcher(s)).matches() || (m = ERROR.matcher(s)).matches()) {
                String op = m.group(1).replaceAll(":+$", "");
                operation = op.isEmpty() ? operation : op;
                failing.add(s);
            } else if ((m = ENGINE_FAILED.matcher(s)).matches()) {
                operation = m.group(1);
                failing.add(s);
            } else if (MEMBER_FAILED.matcher(s).matches()) {
                failing.add(s);
            } else if ((m = SUCCESS.matcher(s)).matches()) {
                success = true;
                String op = m.group(1) != null ? m.group(1) : m.group(2);
                operation = op == null || op.isEmpty() ? operation : op;
            } else if ((m = START.matcher(s)).matches()) {
                started = true;
                operation = operation.isEmpty() ? m.group(1) : operation;
                last = s;
            } else if (PROGRESS.matcher(s).matches()) {
                started = true;
                last = s;
            }
        }
        Status status =
                !failing.isEmpty() ? Status.FAILED : success ? Status.SUCCESS : started ? Status.RUNNING : Status.NONE;
        List<String> args = new ArrayList<>();
        InstallFailure cause = failing.isEmpty() ? null : cause(String.join("\n", failing), args);
        return new InstallResult(status, operation, failing, last, cause, args);
    }

    /** The known cause the failing words name, with its arguments added to {@code args}; null when none. */
    static InstallFailure cause(String words, List<String> args) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("configuration has been modified")
                || w.contains("save configuration")
                || w.contains("save the configuration")
                || w.contains("unsaved config")) {
            return InstallFailure.UNSAVED_CONFIG;
        }
        if (w.contains("no such file") || w.contains("file not found") || w.contains("does not exist")) {
            url(words, args);
            return InstallFailure.NO_SUCH_FILE;
        }
        if (w.contains("timed out") || w.contains("timeout")) {
            url(words, args);
            return InstallFailure.TIMED_OUT;
        }
        if (w.contains("in progress")
                || w.contains("another install")
                || w.contains("operation is ongoing")
                || w.contains("already running")) {
            return InstallFailure.OPERATION_IN_PROGRESS;
        }
        if (w.contains("insufficient")
                || w.contains("not enough")
                || w.contains("no space")
                || w.contains("space is not available")
                || w.contains("out of space")
                || w.contains("of free space")) {
            return InstallFailure.INSUFFICIENT_SPACE;
        }
        if (w.contains("no uncommitted")
                || w.contains("nothing to commit")
                || w.contains("no install operation")
                || w.contains("no pending")
                || w.contains("no rollback")) {
            return InstallFailure.NOTHING_PENDING;
        }
        return null;
    }

    private static void url(String words, List<String> args) {
        Matcher m = URL.matcher(words);
        if (m.find()) {
            args.add(m.group(1));
        }
    }

    /** True for the install family's commands ({@code install add ...}, {@code install commit}, ...). */
    public static boolean isInstallCommand(String command) {
        return command.strip().toLowerCase(Locale.ROOT).matches("^install\\s+\\S+.*");
    }
}
