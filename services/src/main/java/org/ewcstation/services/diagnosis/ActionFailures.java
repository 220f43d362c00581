package org.ewcstation.services.diagnosis;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;

/**
 * What an upgrade action's refusal means, with what to do: the controller's own words are kept (sanitised) in the
 * diagnosis, so the technician reads what the controller said and our advice beside it.
 */
public final class ActionFailures {

    private static final Pattern DOWNLOAD_FAILED = Pattern.compile("Failed to download file (\\S+?):? (.+)$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");
    private static final int MAX_WORDS = 600;

    private ActionFailures() {}

    public static Diagnosis diagnose(EwcException e, Instant now) {
        String line = e.command() == null ? "" : e.command();
        String words = sanitise(e.controllerText());
        String lower = words.toLowerCase(Locale.ROOT);
        if (e.error() == EwcError.CONFIRMATION_DECLINED) {
            return lower.contains("[y/n/q]") || unsaved(lower)
                    ? Diagnosis.of(DiagnosisCode.ACTION_NEEDS_SAVED_CONFIG, now, "action:" + line, line, words)
                    : Diagnosis.of(DiagnosisCode.ACTION_QUESTION_DECLINED, now, "action:" + line, line, words);
        }
        if (unsaved(lower)) {
            return Diagnosis.of(DiagnosisCode.ACTION_NEEDS_SAVED_CONFIG, now, "action:" + line, line, words);
        }
        Matcher m = DOWNLOAD_FAILED.matcher(words);
        if (m.find()) {
            return Diagnosis.of(
                    DiagnosisCode.DOWNLOAD_FAILED,
                    now,
                    "failed:" + m.group(1),
                    m.group(1),
                    m.group(2).strip());
        }
        if (lower.contains("in progress") || lower.contains("pending") || lower.contains("uncommitted")) {
            return Diagnosis.of(DiagnosisCode.ACTION_INSTALL_BUSY, now, "action:" + line, line, words);
        }
        return Diagnosis.of(DiagnosisCode.ACTION_FAILED, now, "action:" + line, line, words);
    }

    private static boolean unsaved(String lower) {
        return lower.contains("save the configuration")
                || lower.contains("save configuration")
                || lower.contains("configuration has been modified");
    }

    /** The controller's words as shown anywhere: no control characters, bounded. */
    public static String sanitise(String text) {
        String s = CONTROL.matcher(text == null ? "" : text).replaceAll("").strip();
        return s.length() > MAX_WORDS ? s.substring(0, MAX_WORDS) + "…" : s;
    }
}
